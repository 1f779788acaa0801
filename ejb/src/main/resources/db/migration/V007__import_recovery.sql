-- Crash recovery of CSV imports (issue 6). A RUNNING run names the server that runs it (owner_node: host and
-- instance directory; owner_boot: that server's current start) and when it last showed signs of life. After a
-- crash the run stays RUNNING: the same server takes it back at its next start, another server of the cluster once
-- the heartbeat is old; the claim is one UPDATE, so one server only wins a given run.
-- (V006 is left to the console branch.)
alter table import_run
    add column owner_node     varchar(300),
    add column owner_boot     uuid,
    add column heartbeat_on   timestamptz,
    -- Restarts after a crash so far: a file that crashes the server each time is given up after a few.
    add column auto_restarts  integer not null default 0,
    -- Stop asked (page or API) while the job may run on another server: its writer stops at the next chunk.
    add column stop_requested boolean not null default false;

create index import_run_running_idx on import_run (heartbeat_on) where status = 'RUNNING';

-- The current pass (a job execution, or the import pass after validation): when it began and at which record, for
-- its rate (rows/s) and the time left.
alter table import_run
    add column pass_started_on   timestamptz,
    add column pass_first_record bigint not null default 0;
