-- CSV imports (issue 6): one row per import run, its uploaded file (kept in the database so every instance of a
-- cluster can read it, cut in parts so a reader streams it without holding the whole file in memory), and the rows
-- it rejected.

create table import_run (
    id               uuid primary key,
    kind             varchar(10)  not null check (kind in ('CLIENT', 'CI')),
    file_name        varchar(260) not null,
    file_size        bigint       not null,
    encoding         varchar(20)  not null default 'UTF-8' check (encoding in ('UTF-8', 'windows-1252')),
    -- {"dryRun": false, "allOrNothing": false, "upsertKey": "EMAIL" | "USER_NAME" | "EXTERNAL_ID" | null}
    options          jsonb        not null default '{}',
    -- NEW, RUNNING, VALIDATED (dry run done), COMPLETED, REFUSED (bad file or all-or-nothing with rejections),
    -- FAILED, STOPPED
    status           varchar(12)  not null default 'NEW'
                     check (status in ('NEW', 'RUNNING', 'VALIDATED', 'COMPLETED', 'REFUSED', 'FAILED', 'STOPPED')),
    -- VALIDATE (dry run or the first pass of all-or-nothing) or IMPORT
    phase            varchar(10)  check (phase in ('VALIDATE', 'IMPORT')),
    message          varchar(2000),
    job_execution_id bigint,
    -- Data records in the file (the header excluded), counted before the rows are read; null until then.
    total_count      bigint,
    read_count       bigint       not null default 0,
    inserted_count   bigint       not null default 0,
    updated_count    bigint       not null default 0,
    rejected_count   bigint       not null default 0,
    -- The last record (1 = the first data record) whose chunk was committed, in the same transaction as the rows
    -- it wrote: a restarted job continues after it, so no row is written twice and none is skipped.
    last_record      bigint       not null default 0,
    created_on       timestamptz  not null default now(),
    started_on       timestamptz,
    ended_on         timestamptz,
    started_by       varchar(200) not null,
    started_by_id    uuid         not null,
    version          bigint       not null default 0
);
create index import_run_created_idx on import_run (kind, created_on desc);

create table import_file_part (
    import_run_id uuid    not null references import_run (id) on delete cascade,
    part_number   integer not null,
    content       bytea   not null,
    primary key (import_run_id, part_number)
);

create table import_rejection (
    id            bigint generated always as identity primary key,
    import_run_id uuid          not null references import_run (id) on delete cascade,
    -- The physical line of the file where the record starts (the header is line 1).
    line_number   bigint        not null,
    record_number bigint        not null,
    column_name   varchar(200),
    value         varchar(1000),
    reason        varchar(2000) not null
);
create index import_rejection_run_line_idx on import_rejection (import_run_id, line_number);
