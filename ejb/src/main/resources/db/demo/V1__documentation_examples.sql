-- C2 Desk demo data, part 1: the objects the C2 API documentation's call examples use.
-- Applied by Flyway ONLY in demo mode (location classpath:db/demo, own history table), after the schema migrations.
-- Every id, name, user name and number below is the one the documentation shows, so each call example works
-- verbatim against a fresh demo start. Where the documentation shows no id, a fixed id of the 7x000000 family is used.
--
-- DEMO PASSWORD: every demo account (resources and portal clients) signs in with the password "pax123",
-- the password the documentation's examples send. It is documented, public, and exists only in demo mode:
-- these rows are never applied to a production database.
-- Hash format: Jakarta Security Pbkdf2PasswordHash, PBKDF2WithHmacSHA512:210000:<base64 salt (32 bytes)>:<base64 key (32 bytes)>.

-- The enterprise of the examples --------------------------------------------------------------------------------
insert into enterprise (id, sequence_number, name, default_culture, email_domain, created_by, created_on, last_modified_by, last_modified_on) values
 ('04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', 1, 'Selenium Tests', 'fr-CA', 'c2enterprise.com',
  'selenium-tests@c2enterprise.com', '2018-07-04 10:00:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:00:00+00');

-- Resources (agents). Admin and the documentation's Selenium user are administrators; the agents are in the
-- Resources group; "viewer" is in no group at all, to show permission refusals.
insert into resource (id, sequence_number, user_name, first_name, last_name, email_address, office_phone, password_hash,
                      enterprise_id, resource_state_id, preferred_culture, created_by, created_on, last_modified_by, last_modified_on) values
 ('d27a6354-b382-4e3f-ae35-e417f3b580cf', 0, 'selenium-tests@c2enterprise.com', 'Selenium', 'Tests', 'selenium-tests@c2enterprise.com', null,
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', '63690208-2caf-4283-8af8-4a097a407433', 'fr-CA',
  'selenium-tests@c2enterprise.com', '2018-07-04 10:00:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:00:00+00'),
 ('71000000-0000-4000-8000-000000000001', 1, 'admin', 'Admin', 'C2 Desk', 'admin@c2enterprise.com', null,
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', '63690208-2caf-4283-8af8-4a097a407433', 'en-US',
  'admin', '2018-07-04 10:00:00+00', 'admin', '2018-07-04 10:00:00+00'),
 ('71000000-0000-4000-8000-000000000002', 2, 'agent.fr', 'Sophie', 'Tremblay', 'sophie.tremblay@c2enterprise.com', '+1 514 555-0142',
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', '63690208-2caf-4283-8af8-4a097a407433', 'fr-CA',
  'admin', '2018-07-04 10:00:00+00', 'admin', '2018-07-04 10:00:00+00'),
 ('71000000-0000-4000-8000-000000000003', 3, 'agent.en', 'James', 'Miller', 'james.miller@c2enterprise.com', '+1 416 555-0187',
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', '40000000-0000-4000-8000-000000000002', 'en-US',
  'admin', '2018-07-04 10:00:00+00', 'admin', '2018-07-04 10:00:00+00'),
 ('71000000-0000-4000-8000-000000000004', 4, 'agent.net', 'Olivier', 'Bélanger', 'olivier.belanger@c2enterprise.com', '+1 418 555-0119',
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', '63690208-2caf-4283-8af8-4a097a407433', 'fr-CA',
  'admin', '2018-07-04 10:00:00+00', 'admin', '2018-07-04 10:00:00+00'),
 ('71000000-0000-4000-8000-000000000005', 5, 'agent.hr', 'Emily', 'Chen', 'emily.chen@c2enterprise.com', '+1 604 555-0163',
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', '63690208-2caf-4283-8af8-4a097a407433', 'en-US',
  'admin', '2018-07-04 10:00:00+00', 'admin', '2018-07-04 10:00:00+00'),
 ('71000000-0000-4000-8000-000000000009', 9, 'viewer', 'Victor', 'Lavoie', 'victor.lavoie@c2enterprise.com', null,
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', '40000000-0000-4000-8000-000000000003', 'fr-CA',
  'admin', '2018-07-04 10:00:00+00', 'admin', '2018-07-04 10:00:00+00');

insert into group_member (group_id, resource_id) values
 ('60000000-0000-4000-8000-000000000001', 'd27a6354-b382-4e3f-ae35-e417f3b580cf'),
 ('60000000-0000-4000-8000-000000000001', '71000000-0000-4000-8000-000000000001'),
 ('60000000-0000-4000-8000-000000000002', '71000000-0000-4000-8000-000000000002'),
 ('60000000-0000-4000-8000-000000000002', '71000000-0000-4000-8000-000000000003'),
 ('60000000-0000-4000-8000-000000000002', '71000000-0000-4000-8000-000000000004'),
 ('60000000-0000-4000-8000-000000000002', '71000000-0000-4000-8000-000000000005');
-- 'viewer' (71000000-...-000000000009) deliberately belongs to no group.

-- Clients of the examples -------------------------------------------------------------------------------------------
insert into client (id, sequence_number, first_name, last_name, email_address, preferred_culture, has_portal_access, user_name, password_hash,
                    created_by, created_on, last_modified_by, last_modified_on) values
 ('b2156d17-7156-43fa-b021-200d7a9f2f01', 598, 'Client1', 'Client1', 'client1@test.ca', 'fr-CA', false, null, null,
  'selenium-tests@c2enterprise.com', '2018-07-04 10:05:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:05:00+00'),
 ('b9498fa8-9629-49c4-b09d-9dc2d2216675', 599, 'Client', 'API', 'clientapiI@test.ca', 'en-US', true, 'clientapi',
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  'selenium-tests@c2enterprise.com', '2018-07-04 10:06:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:06:00+00'),
 ('40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef', 600, 'Client2', 'API', 'client2api@test.ca', 'fr-CA', true, 'client2api',
  'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=',
  'selenium-tests@c2enterprise.com', '2018-07-04 10:07:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:07:00+00');

insert into client_enterprise (client_id, enterprise_id, is_primary) values
 ('b2156d17-7156-43fa-b021-200d7a9f2f01', '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', true),
 ('b9498fa8-9629-49c4-b09d-9dc2d2216675', '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', true),
 ('40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef', '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46', true);

-- Service catalogue of the examples ----------------------------------------------------------------------------------
insert into catalog (id, code, english_name, french_name, english_description, french_description) values
 ('70000000-0000-4000-8000-000000000001', 'DEFAULT', 'Service catalog', 'Catalogue de services',
  'The services our clients can request.', 'Les services que nos clients peuvent demander.');

insert into catalog_enterprise (catalog_id, enterprise_id) values
 ('70000000-0000-4000-8000-000000000001', '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46');

insert into category (id, catalog_id, department_id, english_name, french_name, image_path, sort_order) values
 ('1bb3365b-95ff-4ec1-ab2e-49f0d3dc4467', '70000000-0000-4000-8000-000000000001', null, 'Sample category', 'Exemple de Categorie',
  '/C2ATOM/Content/catalogimages/catalog_other.png', 90);

insert into catalog_service (id, category_id, english_name, french_name, image_path, sort_order) values
 ('22d742b3-b85e-4542-862b-921fd3df4dba', '1bb3365b-95ff-4ec1-ab2e-49f0d3dc4467', 'Sample service 1', 'Exemple de Service 1',
  '/C2ATOM/Content/catalogimages/catalog_other.png', 1);

insert into task_template (id, english_name, french_name, english_description, french_description, ticket_type_id, default_queue_id) values
 ('765b7076-ef57-409e-8cd9-e1c23b11b2ab', 'Sample task', 'Exemple de tache', '', '',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0');

insert into request_form (id, service_id, ticket_type_id, english_name, french_name, image_path, default_queue_id,
                          is_description_section_visible, is_draft_allowed, is_portal_visible, sort_order) values
 ('3e2eee86-2dd5-4465-b8f9-7df2ecd6c297', '22d742b3-b85e-4542-862b-921fd3df4dba', '19f57377-94fd-4391-a154-577446131999',
  'Sample request 1', 'Exemple de demande 1', '/C2ATOM/Content/catalogimages/catalog_other.png', '7ec07c17-828f-47f8-9519-76f7e9a32cb0',
  true, false, true, 1);

insert into request_task (id, request_id, task_template_id, step, is_blocking, sort_order) values
 ('79000000-0000-4000-8000-000000000001', '3e2eee86-2dd5-4465-b8f9-7df2ecd6c297', '765b7076-ef57-409e-8cd9-e1c23b11b2ab', 1, true, 0);

-- Custom fields of the examples ----------------------------------------------------------------------------------------
insert into field_definition (id, sequence_number, field_type, english_name, french_name, options, has_html_support,
                              created_by, created_on, last_modified_by, last_modified_on) values
 ('e85a893b-6ad3-45a5-a433-0f0f4ee6379b', 3, 8, 'CF Checkbox', 'CF Checkbox', null, true,
  'selenium-tests@c2enterprise.com', '2018-07-04 10:10:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:10:00+00'),
 ('4e6d36ce-cb2a-46cd-ab73-1440cb71efa9', 5, 6, 'CF Client', 'CF Client', null, true,
  'selenium-tests@c2enterprise.com', '2018-07-04 10:12:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:12:00+00'),
 ('a6d54b8d-867a-4ef6-a4de-d3d1986f0577', 6, 3, 'CF Datetime', 'CF Datetime', null, true,
  'selenium-tests@c2enterprise.com', '2018-07-04 10:13:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:13:00+00'),
 ('b13533a8-f807-499f-a55e-319023909727', 7, 1, 'CF Decimal', 'CF Decimal', '{"DecimalPlaces":2}', true,
  'selenium-tests@c2enterprise.com', '2018-07-04 10:14:00+00', 'selenium-tests@c2enterprise.com', '2018-07-04 10:14:00+00');

-- The same "Additional Information" section on the sample request's form, the client form and the CI form.
insert into field_section (id, sequence_number, form_kind, form_id, english_name, french_name, english_description, french_description,
                           sort_order, is_public, image_path, created_by, created_on, last_modified_by, last_modified_on) values
 ('9e5f1aae-9229-e4a0-7e2f-dded0b9219cc', 27, 'CLIENT', null, 'Additional Information', 'Informations additionnelles', '', '',
  1, true, '/C2ATOM/Content/catalogimages/catalog_other.png',
  'selenium-tests@c2enterprise.com', to_timestamp(1530718525.673), 'selenium-tests@c2enterprise.com', to_timestamp(1530718525.673)),
 ('ced377b7-ea01-fcd2-2703-59de30ac9d7f', 28, 'CI', null, 'Additional Information', 'Informations additionnelles', '', '',
  1, true, '/C2ATOM/Content/catalogimages/catalog_other.png',
  'selenium-tests@c2enterprise.com', to_timestamp(1530719174.890), 'selenium-tests@c2enterprise.com', to_timestamp(1530719174.890)),
 ('9309519b-9d24-5b7c-8e60-bb642b9a0068', 29, 'REQUEST', '3e2eee86-2dd5-4465-b8f9-7df2ecd6c297', 'Additional Information', 'Informations additionnelles', '', '',
  1, true, '/C2ATOM/Content/catalogimages/catalog_other.png',
  'selenium-tests@c2enterprise.com', to_timestamp(1530800605.850), 'selenium-tests@c2enterprise.com', to_timestamp(1530800605.850));

insert into field_row (id, section_id, sort_order) values
 ('7a100000-0000-4000-8000-000000000001', '9309519b-9d24-5b7c-8e60-bb642b9a0068', 0),
 ('7a100000-0000-4000-8000-000000000002', '9e5f1aae-9229-e4a0-7e2f-dded0b9219cc', 0),
 ('7a100000-0000-4000-8000-000000000003', 'ced377b7-ea01-fcd2-2703-59de30ac9d7f', 0);

-- Four cells per row, in the documentation's order: checkbox, decimal, client, datetime.
insert into field_cell (id, row_id, definition_id, sort_order) values
 ('7a200000-0000-4000-8000-000000000011', '7a100000-0000-4000-8000-000000000001', 'e85a893b-6ad3-45a5-a433-0f0f4ee6379b', 0),
 ('7a200000-0000-4000-8000-000000000012', '7a100000-0000-4000-8000-000000000001', 'b13533a8-f807-499f-a55e-319023909727', 1),
 ('7a200000-0000-4000-8000-000000000013', '7a100000-0000-4000-8000-000000000001', '4e6d36ce-cb2a-46cd-ab73-1440cb71efa9', 2),
 ('7a200000-0000-4000-8000-000000000014', '7a100000-0000-4000-8000-000000000001', 'a6d54b8d-867a-4ef6-a4de-d3d1986f0577', 3),
 ('7a200000-0000-4000-8000-000000000021', '7a100000-0000-4000-8000-000000000002', 'e85a893b-6ad3-45a5-a433-0f0f4ee6379b', 0),
 ('7a200000-0000-4000-8000-000000000022', '7a100000-0000-4000-8000-000000000002', 'b13533a8-f807-499f-a55e-319023909727', 1),
 ('7a200000-0000-4000-8000-000000000023', '7a100000-0000-4000-8000-000000000002', '4e6d36ce-cb2a-46cd-ab73-1440cb71efa9', 2),
 ('7a200000-0000-4000-8000-000000000024', '7a100000-0000-4000-8000-000000000002', 'a6d54b8d-867a-4ef6-a4de-d3d1986f0577', 3),
 ('7a200000-0000-4000-8000-000000000031', '7a100000-0000-4000-8000-000000000003', 'e85a893b-6ad3-45a5-a433-0f0f4ee6379b', 0),
 ('7a200000-0000-4000-8000-000000000032', '7a100000-0000-4000-8000-000000000003', 'b13533a8-f807-499f-a55e-319023909727', 1),
 ('7a200000-0000-4000-8000-000000000033', '7a100000-0000-4000-8000-000000000003', '4e6d36ce-cb2a-46cd-ab73-1440cb71efa9', 2),
 ('7a200000-0000-4000-8000-000000000034', '7a100000-0000-4000-8000-000000000003', 'a6d54b8d-867a-4ef6-a4de-d3d1986f0577', 3);

-- CMDB of the examples ------------------------------------------------------------------------------------------------
insert into ci_folder (id, parent_id, english_name, french_name) values
 ('867a0cc0-a85a-4b80-bd69-d0cbb11d051b', null, 'Inventory', 'Inventaire');

insert into ci_category (id, prefix, english_name, french_name, image_path) values
 ('eab2c263-6a90-41bd-bdb7-c45a091f9326', null, 'General', 'Général', null);

insert into ci_type (id, category_id, english_name, french_name) values
 ('9a3084c8-6169-4d0c-8a02-cd93c8913689', 'eab2c263-6a90-41bd-bdb7-c45a091f9326', 'Inventory', 'Inventaire');

insert into configuration_item (id, ci_number, sequence_number, ci_folder_id, category_id, ci_type_id, state_id, owner_client_id,
                                english_name, french_name, tags, image_path, created_by, created_on, last_modified_by, last_modified_on) values
 ('e33ce7a9-cc55-456a-91ec-778c82a4184a', 10, 221, '867a0cc0-a85a-4b80-bd69-d0cbb11d051b', 'eab2c263-6a90-41bd-bdb7-c45a091f9326',
  '9a3084c8-6169-4d0c-8a02-cd93c8913689', '3b302329-5610-4ee4-97e9-e8590be84b63', null, 'CI API', 'CI API', '',
  '/C2ATOM/Content/catalogimages/catalog_other.png',
  'selenium-tests@c2enterprise.com', to_timestamp(1530719073.083), 'selenium-tests@c2enterprise.com', to_timestamp(1530719073.083)),
 ('ca0f63eb-380a-4c45-af17-3490783a663e', 11, 222, '867a0cc0-a85a-4b80-bd69-d0cbb11d051b', 'eab2c263-6a90-41bd-bdb7-c45a091f9326',
  '9a3084c8-6169-4d0c-8a02-cd93c8913689', '3b302329-5610-4ee4-97e9-e8590be84b63', null, 'CI API2', 'CI API2', '',
  '/C2ATOM/Content/catalogimages/catalog_other.png',
  'selenium-tests@c2enterprise.com', to_timestamp(1530719213.143), 'selenium-tests@c2enterprise.com', to_timestamp(1530719213.143));

-- The ticket of the "Update a ticket" example, with the workflow task its request creates ---------------------------------
insert into ticket (id, sequence_number, ticket_type_id, is_ticket, status_id, queue_id, origin_id, enterprise_id,
                    catalog_id, category_id, service_id, request_id, summary, description,
                    is_ready, response_date, first_assignation_date,
                    created_by, created_on, last_modified_by, last_modified_on) values
 ('d2ec3037-7477-47cd-87ff-3a3c80a9191c', 12672, '19f57377-94fd-4391-a154-577446131999', true, '1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '0860ed6b-512d-4957-b0cb-e7e5cc759bc8', '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46',
  '70000000-0000-4000-8000-000000000001', '1bb3365b-95ff-4ec1-ab2e-49f0d3dc4467', '22d742b3-b85e-4542-862b-921fd3df4dba',
  '3e2eee86-2dd5-4465-b8f9-7df2ecd6c297', 'Exemple de demande 1', null,
  true, to_timestamp(1530714000), to_timestamp(1530714000),
  'admin', to_timestamp(1530714000), 'admin', to_timestamp(1530714000));

insert into ticket (id, sequence_number, ticket_type_id, is_ticket, status_id, queue_id, origin_id, enterprise_id,
                    catalog_id, category_id, service_id, request_id, summary, description,
                    parent_ticket_id, task_template_id, workflow_step, is_ready, is_blocking,
                    created_by, created_on, last_modified_by, last_modified_on) values
 ('7d000000-0000-4000-8000-000000000001', 12673, 'e2609e13-0d39-4223-88a5-7090637706ee', false, '1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '0860ed6b-512d-4957-b0cb-e7e5cc759bc8', '04a1e54f-fbf9-4cd1-93b3-5a7ae9489c46',
  '70000000-0000-4000-8000-000000000001', '1bb3365b-95ff-4ec1-ab2e-49f0d3dc4467', '22d742b3-b85e-4542-862b-921fd3df4dba',
  '3e2eee86-2dd5-4465-b8f9-7df2ecd6c297', 'Exemple de tache', null,
  'd2ec3037-7477-47cd-87ff-3a3c80a9191c', '765b7076-ef57-409e-8cd9-e1c23b11b2ab', 1, true, true,
  'admin', to_timestamp(1530714000), 'admin', to_timestamp(1530714000));

insert into ticket_client (id, ticket_id, client_id, is_principal) values
 ('7d100000-0000-4000-8000-000000000001', 'd2ec3037-7477-47cd-87ff-3a3c80a9191c', 'b2156d17-7156-43fa-b021-200d7a9f2f01', true);

insert into ticket_assignee (id, ticket_id, resource_id, is_principal, email_sent, assigned_on) values
 ('7d200000-0000-4000-8000-000000000001', 'd2ec3037-7477-47cd-87ff-3a3c80a9191c', 'd27a6354-b382-4e3f-ae35-e417f3b580cf', true, false, to_timestamp(1530714000));

insert into ticket_resource (ticket_id, resource_id) values
 ('d2ec3037-7477-47cd-87ff-3a3c80a9191c', 'd27a6354-b382-4e3f-ae35-e417f3b580cf');

-- Custom field values the examples show ------------------------------------------------------------------------------------
insert into field_value (id, owner_kind, owner_id, definition_id, section_id, boolean_value, decimal_value, reference_id, datetime_value,
                         last_modified_by, last_modified_on) values
 -- the sample ticket: "CF Checkbox" False
 ('7a300000-0000-4000-8000-000000000001', 'TICKET', 'd2ec3037-7477-47cd-87ff-3a3c80a9191c', 'e85a893b-6ad3-45a5-a433-0f0f4ee6379b',
  '9309519b-9d24-5b7c-8e60-bb642b9a0068', false, null, null, null, 'admin', to_timestamp(1530714000)),
 -- Client2 API: "CF Checkbox" True (the "Update a client" example sets it to false)
 ('7a300000-0000-4000-8000-000000000002', 'CLIENT', '40dcb93b-e4ab-4bfc-bfe8-4897120ee1ef', 'e85a893b-6ad3-45a5-a433-0f0f4ee6379b',
  '9e5f1aae-9229-e4a0-7e2f-dded0b9219cc', true, null, null, null, 'selenium-tests@c2enterprise.com', to_timestamp(1530718525.673)),
 -- CI API2: the values of the "Create a CI" example (the "Update a CI" example sets the checkbox to false)
 ('7a300000-0000-4000-8000-000000000003', 'CI', 'ca0f63eb-380a-4c45-af17-3490783a663e', 'e85a893b-6ad3-45a5-a433-0f0f4ee6379b',
  'ced377b7-ea01-fcd2-2703-59de30ac9d7f', true, null, null, null, 'selenium-tests@c2enterprise.com', to_timestamp(1530719213.143)),
 ('7a300000-0000-4000-8000-000000000004', 'CI', 'ca0f63eb-380a-4c45-af17-3490783a663e', 'b13533a8-f807-499f-a55e-319023909727',
  'ced377b7-ea01-fcd2-2703-59de30ac9d7f', null, 123.45, null, null, 'selenium-tests@c2enterprise.com', to_timestamp(1530719213.143)),
 ('7a300000-0000-4000-8000-000000000005', 'CI', 'ca0f63eb-380a-4c45-af17-3490783a663e', '4e6d36ce-cb2a-46cd-ab73-1440cb71efa9',
  'ced377b7-ea01-fcd2-2703-59de30ac9d7f', null, null, 'b2156d17-7156-43fa-b021-200d7a9f2f01', null, 'selenium-tests@c2enterprise.com', to_timestamp(1530719213.143)),
 ('7a300000-0000-4000-8000-000000000006', 'CI', 'ca0f63eb-380a-4c45-af17-3490783a663e', 'a6d54b8d-867a-4ef6-a4de-d3d1986f0577',
  'ced377b7-ea01-fcd2-2703-59de30ac9d7f', null, null, null, '2018-07-05 04:00:00+00', 'selenium-tests@c2enterprise.com', to_timestamp(1530719213.143));

-- Business numbers continue after the ones used above ----------------------------------------------------------------------
select setval('ticket_number_seq', greatest((select max(sequence_number) from ticket), 1000));
select setval('client_number_seq', greatest((select max(sequence_number) from client), 1));
select setval('resource_number_seq', greatest((select max(sequence_number) from resource), 1));
select setval('ci_number_seq', greatest((select max(ci_number) from configuration_item), 1));
select setval('enterprise_number_seq', greatest((select max(sequence_number) from enterprise), 1));
select setval('object_number_seq', greatest((select max(sequence_number) from field_section),
                                            (select max(sequence_number) from configuration_item), 1));
