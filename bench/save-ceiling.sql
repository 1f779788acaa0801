-- What one /API/Ticket/Save of the documentation's example with custom fields writes, straight into PostgreSQL in one
-- statement: the ticket, its client and assignee, four custom-field values, the workflow task, the audit entry.
with t as (
  insert into ticket (id, sequence_number, ticket_type_id, status_id, queue_id, origin_id, enterprise_id, catalog_id,
    category_id, service_id, request_id, summary, created_by, last_modified_by)
  values (gen_random_uuid(), nextval('ticket_number_seq'), '19f57377-94fd-4391-a154-577446131999',
    '1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '0860ed6b-512d-4957-b0cb-e7e5cc759bc8',
    '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', '70000000-0000-4000-8000-000000000001', '1bb3365b-95ff-4ec1-ab2e-49f0d3dc4467',
    '22d742b3-b85e-4542-862b-921fd3df4dba', '3e2eee86-2dd5-4465-b8f9-7df2ecd6c297', 'Exemple de demande 1', 'admin', 'admin')
  returning id),
c as (insert into ticket_client (id, ticket_id, client_id, is_principal)
      select gen_random_uuid(), id, 'b9498fa8-9629-49c4-b09d-9dc2d2216675', true from t),
a as (insert into ticket_assignee (id, ticket_id, resource_id, is_principal)
      select gen_random_uuid(), id, 'd27a6354-b382-4e3f-ae35-e417f3b580cf', true from t),
f as (insert into field_value (id, owner_kind, owner_id, definition_id, boolean_value, decimal_value, reference_id,
                               datetime_value, last_modified_by)
      select gen_random_uuid(), 'TICKET', t.id, v.d, v.b, v.n, v.r, v.w, 'admin' from t, (values
        ('e85a893b-6ad3-45a5-a433-0f0f4ee6379b'::uuid, true, null::numeric, null::uuid, null::timestamptz),
        ('b13533a8-f807-499f-a55e-319023909727'::uuid, null, 123.45, null, null),
        ('4e6d36ce-cb2a-46cd-ab73-1440cb71efa9'::uuid, null, null, '40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef'::uuid, null),
        ('a6d54b8d-867a-4ef6-a4de-d3d1986f0577'::uuid, null, null, null, '2018-07-05T04:00:00Z'::timestamptz)) v(d, b, n, r, w)),
w as (insert into ticket (id, sequence_number, ticket_type_id, is_ticket, status_id, enterprise_id, summary,
        parent_ticket_id, task_template_id, workflow_step, created_by, last_modified_by)
      select gen_random_uuid(), nextval('ticket_number_seq'), 'e2609e13-0d39-4223-88a5-7090637706ee', false,
        '1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0', '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', 'Exemple de tache', id,
        '765b7076-ef57-409e-8cd9-e1c23b11b2ab', 1, 'admin', 'admin' from t)
insert into audit_entry (id, object_kind, object_id, action, actor_name, actor_kind, channel, address, changes)
select gen_random_uuid(), 'TICKET', id, 'CREATED', 'admin', 'RESOURCE', 'C2_API', '127.0.0.1',
       '[{"field": "Summary", "label": null, "before": null, "after": "Exemple de demande 1"}]'::jsonb from t;
