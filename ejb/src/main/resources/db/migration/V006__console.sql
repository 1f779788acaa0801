-- The agent console's ticket list filters by priority and shows the newest first within it, like the other filters.
create index ticket_priority_idx on ticket (priority_id, last_modified_on desc);
