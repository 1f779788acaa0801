-- Ticket/List filtered by queue and several statuses reads one branch per status (TicketQueries.branches), each
-- "is_ticket and queue = ? and status = ? order by last_modified_on desc, id limit n", selecting the id and the
-- sort columns. Without an index on both columns a branch walked ticket_modified_idx and filtered: at 1,000,000
-- tickets a status rare among the newest tickets of the queue cost 35,000 rows and 100 ms. This index answers a
-- branch with its n entries, from the index alone (the included columns are what the branch selects and filters
-- on); PostgreSQL's planner prefers it only as an index-only scan, which (auto)vacuum's visibility map allows.
create index ticket_queue_status_idx on ticket (queue_id, status_id, last_modified_on desc, id)
    include (is_ticket, created_on, sequence_number);
