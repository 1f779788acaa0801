-- CSV imports of CIs and cross-chunk dry runs (issue 6).
--
-- A dry run (and the validation pass of all-or-nothing) writes no client or CI, yet a key that appears twice in the
-- file, in two chunks, must be judged as the real import would judge it: the second occurrence updates what the
-- first created (or is refused when it takes a user name or external id the first took). The validation pass keeps
-- here what each committed chunk would have written, in the chunk's transaction, so a restarted dry run still knows
-- it. Deleted when the run ends for good.
create table import_planned_key (
    import_run_id uuid         not null references import_run (id) on delete cascade,
    -- EMAIL, USER_NAME, EXTERNAL_ID (clients); NAME_IN_FOLDER, EXTERNAL_ID (CIs)
    key_kind      varchar(20)  not null,
    -- lower-case e-mail or user name, the external id as written, "<folder id>/<lower-case English name>"
    key_value     varchar(600) not null,
    -- the client or CI the row would update, or the id the row would have created
    target_id     uuid         not null,
    -- clients: whether the client would have portal access (an update that blanks its user name is refused)
    flag          boolean,
    primary key (import_run_id, key_kind, key_value)
);

-- An upsert on the name within the folder looks CIs up by (folder, lower(name)): ci_name_idx (V001) serves it.
-- The options' upsertKey may now also be NAME_IN_FOLDER (CIs).
