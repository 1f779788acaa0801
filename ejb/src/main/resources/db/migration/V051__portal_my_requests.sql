-- The portal's "My requests" lists a client's tickets, most recently changed first, one page at a time. Without help
-- PostgreSQL either walks every ticket in order of change, looking each up in ticket_client (slow when the client's
-- tickets are old or a filter is rare: seconds at 1,000,000 tickets), or reads all the client's tickets and sorts
-- them. So ticket_client keeps a copy of its ticket's last change time, which triggers maintain, and an index reads a
-- client's tickets in that order: the first page reads its 25 rows and stops.
alter table ticket_client add column ticket_modified_on timestamptz;
update ticket_client tc set ticket_modified_on = t.last_modified_on from ticket t where t.id = tc.ticket_id;
alter table ticket_client alter column ticket_modified_on set not null;
create index ticket_client_recent_idx on ticket_client (client_id, ticket_modified_on desc, ticket_id);

-- A new link takes its ticket's time (the application never writes the column).
create function ticket_client_take_modified() returns trigger language plpgsql as $$
begin
    select t.last_modified_on into new.ticket_modified_on from ticket t where t.id = new.ticket_id;
    return new;
end
$$;
create trigger ticket_client_take_modified before insert or update of ticket_id on ticket_client
    for each row execute function ticket_client_take_modified();

-- A ticket's change reaches its links (a ticket has one client, rarely a few).
create function ticket_give_modified() returns trigger language plpgsql as $$
begin
    update ticket_client set ticket_modified_on = new.last_modified_on where ticket_id = new.id;
    return null;
end
$$;
create trigger ticket_give_modified after update of last_modified_on on ticket
    for each row when (old.last_modified_on is distinct from new.last_modified_on)
    execute function ticket_give_modified();
