-- When a portal client's password last changed (a reset link, or a change). A portal session keeps the value it read
-- at sign-in and is ended at its next request once the stored one differs: every other session of the client ends
-- after a reset, on every server of a cluster, with no server-local list of sessions. Null: never changed.
alter table client add column credentials_changed_on timestamptz;
