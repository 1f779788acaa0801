-- The audit trail of every kind of object (issue 3): one row per write, the changed fields as a JSON array.
-- Replaces ticket_history, whose rows move here; ticket_history stays as a view (with an insert trigger) so that
-- SQL written for it, such as the demo data, keeps working.
create table audit_entry (
    id           uuid primary key,
    object_kind  varchar(30)  not null,
    object_id    uuid         not null,
    action       varchar(30)  not null,
    actor_name   varchar(200) not null,
    actor_kind   varchar(10)  not null,
    channel      varchar(20),
    address      varchar(64),
    occurred_on  timestamptz  not null default now(),
    changes      jsonb        not null default '[]'
);
-- Read per object, newest first, in keyset pages.
create index audit_entry_object_idx on audit_entry (object_kind, object_id, occurred_on desc, id desc);

-- The ticket history so far: one entry per recorded field, its channel and address unknown.
insert into audit_entry (id, object_kind, object_id, action, actor_name, actor_kind, channel, address, occurred_on,
                         changes)
select h.id, 'TICKET', h.ticket_id,
       case h.field_name when 'Created' then 'CREATED'
                         when 'PublicReply' then 'COMMUNICATION_ADDED'
                         when 'InternalNote' then 'COMMUNICATION_ADDED'
                         when 'Attachment' then 'ATTACHMENT_ADDED'
                         when 'SurveyRating' then 'RATED'
                         else 'UPDATED' end,
       h.changed_by,
       case when exists (select 1 from resource r where r.user_name = h.changed_by) then 'RESOURCE'
            when exists (select 1 from client c where c.user_name = h.changed_by) then 'CLIENT'
            else 'SYSTEM' end,
       null, null, h.changed_on,
       jsonb_build_array(jsonb_build_object('field', case h.field_name when 'Created' then 'Summary'
                                                                       else h.field_name end,
                                            'label', null, 'before', h.old_value, 'after', h.new_value))
from ticket_history h;

drop table ticket_history;

-- The old shape, read from the audit trail: one row per changed field of a ticket.
create view ticket_history as
select e.id, e.object_id as ticket_id, e.actor_name as changed_by, e.occurred_on as changed_on,
       coalesce(c ->> 'field', e.action) as field_name, c ->> 'before' as old_value, c ->> 'after' as new_value
from audit_entry e
left join lateral jsonb_array_elements(e.changes) as c on true
where e.object_kind = 'TICKET';

create function ticket_history_insert() returns trigger language plpgsql as $$
begin
    insert into audit_entry (id, object_kind, object_id, action, actor_name, actor_kind, channel, address,
                             occurred_on, changes)
    values (coalesce(new.id, gen_random_uuid()), 'TICKET', new.ticket_id,
            case new.field_name when 'Created' then 'CREATED' else 'UPDATED' end, new.changed_by,
            case when exists (select 1 from resource r where r.user_name = new.changed_by) then 'RESOURCE'
                 when exists (select 1 from client c where c.user_name = new.changed_by) then 'CLIENT'
                 else 'SYSTEM' end,
            null, null, coalesce(new.changed_on, now()),
            jsonb_build_array(jsonb_build_object('field', case new.field_name when 'Created' then 'Summary'
                                                                       else new.field_name end, 'label', null,
                                                 'before', new.old_value, 'after', new.new_value)));
    return new;
end $$;

create trigger ticket_history_insert instead of insert on ticket_history
    for each row execute function ticket_history_insert();
