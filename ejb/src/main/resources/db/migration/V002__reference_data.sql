-- Reference data every installation needs, demo or production.
-- Where the C2 API documentation shows an id (ticket types, the "New" status, the first queue, an origin,
-- the "Disponible" resource state, the CI state), the same id is used so that existing integrations keep working.

insert into country (id, iso_code, english_name, french_name) values
 ('c0000000-0000-4000-8000-000000000001', 'CA', 'Canada', 'Canada'),
 ('c0000000-0000-4000-8000-000000000002', 'US', 'United States', 'États-Unis'),
 ('c0000000-0000-4000-8000-000000000003', 'FR', 'France', 'France'),
 ('c0000000-0000-4000-8000-000000000004', 'BE', 'Belgium', 'Belgique'),
 ('c0000000-0000-4000-8000-000000000005', 'CH', 'Switzerland', 'Suisse'),
 ('c0000000-0000-4000-8000-000000000006', 'GB', 'United Kingdom', 'Royaume-Uni');

insert into ticket_type (id, code, english_name, french_name, is_task, sort_order) values
 ('10000000-0000-4000-8000-000000000001', 'INCIDENT', 'Incident', 'Incident', false, 1),
 ('19f57377-94fd-4391-a154-577446131999', 'SERVICE_REQUEST', 'Service request', 'Demande de service', false, 2),
 ('10000000-0000-4000-8000-000000000003', 'PROBLEM', 'Problem', 'Problème', false, 3),
 ('10000000-0000-4000-8000-000000000004', 'CHANGE', 'Request for change', 'Demande de changement', false, 4),
 ('e2609e13-0d39-4223-88a5-7090637706ee', 'TASK', 'Task', 'Tâche', true, 5);

insert into ticket_status (id, code, english_name, french_name, phase, sort_order, color) values
 ('1d0b2a8d-0c81-4553-9ac8-7adb1fcca5d0', 'NEW', 'New', 'Nouveau', 'NEW', 1, '#1E88E5'),
 ('20000000-0000-4000-8000-000000000002', 'IN_PROGRESS', 'In progress', 'En cours', 'OPEN', 2, '#FB8C00'),
 ('20000000-0000-4000-8000-000000000003', 'WAITING_CLIENT', 'Waiting on client', 'En attente du client', 'WAITING', 3, '#8E24AA'),
 ('20000000-0000-4000-8000-000000000004', 'WAITING_THIRD_PARTY', 'Waiting on third party', 'En attente d''un tiers', 'WAITING', 4, '#6D4C41'),
 ('20000000-0000-4000-8000-000000000005', 'RESOLVED', 'Resolved', 'Résolu', 'RESOLVED', 5, '#43A047'),
 ('20000000-0000-4000-8000-000000000006', 'CLOSED', 'Closed', 'Fermé', 'CLOSED', 6, '#546E7A'),
 ('20000000-0000-4000-8000-000000000007', 'CANCELLED', 'Cancelled', 'Annulé', 'CANCELLED', 7, '#9E9E9E');

-- The life cycle: new -> in progress / waiting -> resolved -> closed (or reopened); cancel from any open state.
insert into ticket_status_transition (from_status_id, to_status_id)
select f.id, t.id from ticket_status f, ticket_status t
where (f.code, t.code) in (
  ('NEW', 'IN_PROGRESS'), ('NEW', 'WAITING_CLIENT'), ('NEW', 'WAITING_THIRD_PARTY'), ('NEW', 'RESOLVED'), ('NEW', 'CANCELLED'),
  ('IN_PROGRESS', 'WAITING_CLIENT'), ('IN_PROGRESS', 'WAITING_THIRD_PARTY'), ('IN_PROGRESS', 'RESOLVED'), ('IN_PROGRESS', 'CANCELLED'),
  ('WAITING_CLIENT', 'IN_PROGRESS'), ('WAITING_CLIENT', 'RESOLVED'), ('WAITING_CLIENT', 'CANCELLED'),
  ('WAITING_THIRD_PARTY', 'IN_PROGRESS'), ('WAITING_THIRD_PARTY', 'RESOLVED'), ('WAITING_THIRD_PARTY', 'CANCELLED'),
  ('RESOLVED', 'CLOSED'), ('RESOLVED', 'IN_PROGRESS'),
  ('CLOSED', 'IN_PROGRESS'));

insert into lookup_value (id, kind, code, english_name, french_name, sort_order, color) values
 ('30000000-0000-4000-8000-000000000001', 'PRIORITY', 'P1', '1 - Critical', '1 - Critique', 1, '#D32F2F'),
 ('30000000-0000-4000-8000-000000000002', 'PRIORITY', 'P2', '2 - High', '2 - Élevée', 2, '#F57C00'),
 ('30000000-0000-4000-8000-000000000003', 'PRIORITY', 'P3', '3 - Medium', '3 - Moyenne', 3, '#FBC02D'),
 ('30000000-0000-4000-8000-000000000004', 'PRIORITY', 'P4', '4 - Low', '4 - Basse', 4, '#388E3C'),
 ('30000000-0000-4000-8000-000000000011', 'URGENCY', 'HIGH', 'High', 'Élevée', 1, null),
 ('30000000-0000-4000-8000-000000000012', 'URGENCY', 'MEDIUM', 'Medium', 'Moyenne', 2, null),
 ('30000000-0000-4000-8000-000000000013', 'URGENCY', 'LOW', 'Low', 'Basse', 3, null),
 ('30000000-0000-4000-8000-000000000021', 'IMPACT', 'HIGH', 'High', 'Élevé', 1, null),
 ('30000000-0000-4000-8000-000000000022', 'IMPACT', 'MEDIUM', 'Medium', 'Moyen', 2, null),
 ('30000000-0000-4000-8000-000000000023', 'IMPACT', 'LOW', 'Low', 'Faible', 3, null),
 ('0860ed6b-512d-4957-b0cb-e7e5cc759bc8', 'ORIGIN', 'CONSOLE', 'Console', 'Console', 1, null),
 ('30000000-0000-4000-8000-000000000032', 'ORIGIN', 'PORTAL', 'Self-service portal', 'Portail libre-service', 2, null),
 ('30000000-0000-4000-8000-000000000033', 'ORIGIN', 'EMAIL', 'E-mail', 'Courriel', 3, null),
 ('30000000-0000-4000-8000-000000000034', 'ORIGIN', 'PHONE', 'Phone', 'Téléphone', 4, null),
 ('30000000-0000-4000-8000-000000000035', 'ORIGIN', 'API', 'API', 'API', 5, null),
 ('30000000-0000-4000-8000-000000000041', 'CHANGE_TYPE', 'STANDARD', 'Standard', 'Standard', 1, null),
 ('30000000-0000-4000-8000-000000000042', 'CHANGE_TYPE', 'NORMAL', 'Normal', 'Normal', 2, null),
 ('30000000-0000-4000-8000-000000000043', 'CHANGE_TYPE', 'EMERGENCY', 'Emergency', 'Urgent', 3, null),
 ('30000000-0000-4000-8000-000000000051', 'CLOSING_REASON', 'SOLVED', 'Solved', 'Résolu', 1, null),
 ('30000000-0000-4000-8000-000000000052', 'CLOSING_REASON', 'DUPLICATE', 'Duplicate', 'Doublon', 2, null),
 ('30000000-0000-4000-8000-000000000053', 'CLOSING_REASON', 'NO_ANSWER', 'No answer from client', 'Sans réponse du client', 3, null),
 ('30000000-0000-4000-8000-000000000061', 'RESOLUTION_TYPE', 'FIXED', 'Fixed', 'Corrigé', 1, null),
 ('30000000-0000-4000-8000-000000000062', 'RESOLUTION_TYPE', 'WORKAROUND', 'Workaround', 'Contournement', 2, null),
 ('30000000-0000-4000-8000-000000000063', 'RESOLUTION_TYPE', 'INFORMATION', 'Information given', 'Information donnée', 3, null),
 ('30000000-0000-4000-8000-000000000071', 'TICKET_STATE', 'ON_HOLD', 'On hold', 'En suspens', 1, null),
 ('30000000-0000-4000-8000-000000000072', 'TICKET_STATE', 'ESCALATED', 'Escalated', 'Escaladé', 2, null),
 ('30000000-0000-4000-8000-000000000081', 'CI_RELATION', 'DEPENDS_ON', 'Depends on', 'Dépend de', 1, null),
 ('30000000-0000-4000-8000-000000000082', 'CI_RELATION', 'RUNS_ON', 'Runs on', 'S''exécute sur', 2, null),
 ('30000000-0000-4000-8000-000000000083', 'CI_RELATION', 'CONNECTED_TO', 'Connected to', 'Connecté à', 3, null),
 ('30000000-0000-4000-8000-000000000084', 'CI_RELATION', 'PART_OF', 'Part of', 'Fait partie de', 4, null);

insert into resource_state (id, code, english_name, french_name, color, is_assignable, sort_order) values
 ('63690208-2caf-4283-8af8-4a097a407433', 'ResourceStateAvailable', 'Available', 'Disponible', '#89A600', true, 1),
 ('40000000-0000-4000-8000-000000000002', 'ResourceStateBusy', 'Busy', 'Occupé', '#F57C00', true, 2),
 ('40000000-0000-4000-8000-000000000003', 'ResourceStateAway', 'Away', 'Absent', '#9E9E9E', false, 3);

insert into ci_state (id, code, english_name, french_name, text_color, background_color, sort_order) values
 ('3b302329-5610-4ee4-97e9-e8590be84b63', 'IN_SERVICE', 'In service', 'En service', '#FFFFFF', '#43A047', 1),
 ('50000000-0000-4000-8000-000000000002', 'IN_STOCK', 'In stock', 'En inventaire', '#FFFFFF', '#1E88E5', 2),
 ('50000000-0000-4000-8000-000000000003', 'IN_REPAIR', 'In repair', 'En réparation', '#000000', '#FBC02D', 3),
 ('50000000-0000-4000-8000-000000000004', 'RETIRED', 'Retired', 'Retiré', '#FFFFFF', '#757575', 4);

-- The first queue; the C2 documentation's examples route tickets to it.
insert into queue (id, code, english_name, french_name) values
 ('7ec07c17-828f-47f8-9519-76f7e9a32cb0', 'SERVICE_DESK', 'Service desk', 'Centre de services');

-- The two groups every installation starts with.
insert into security_group (id, code, english_name, french_name, is_system) values
 ('60000000-0000-4000-8000-000000000001', 'ADMIN', 'Administrators', 'Administrateurs', true),
 ('60000000-0000-4000-8000-000000000002', 'RESOURCES', 'Resources', 'Ressources', false);

-- Admin needs no rows: the system group holds every permission. Resources get most rights, not administration.
insert into group_permission (group_id, permission) values
 ('60000000-0000-4000-8000-000000000002', 'TICKET_CREATE'),
 ('60000000-0000-4000-8000-000000000002', 'TICKET_EDIT'),
 ('60000000-0000-4000-8000-000000000002', 'CLIENT_CREATE'),
 ('60000000-0000-4000-8000-000000000002', 'CLIENT_EDIT'),
 ('60000000-0000-4000-8000-000000000002', 'CI_CREATE'),
 ('60000000-0000-4000-8000-000000000002', 'CI_EDIT');

insert into group_queue (group_id, queue_id) values
 ('60000000-0000-4000-8000-000000000002', '7ec07c17-828f-47f8-9519-76f7e9a32cb0');

insert into app_setting (key, value, last_modified_by) values
 ('portal.title.en', 'Service desk', 'system'),
 ('portal.title.fr', 'Centre de services', 'system'),
 ('portal.welcome.en', 'How can we help you today?', 'system'),
 ('portal.welcome.fr', 'Comment pouvons-nous vous aider aujourd''hui ?', 'system');
