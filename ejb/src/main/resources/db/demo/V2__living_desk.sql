-- C2 Desk demo data, part 2: a living, bilingual service desk.
-- Applied by Flyway ONLY in demo mode (location classpath:db/demo, own history table), after V1__documentation_examples.
-- Two more enterprises with their clients, a realistic service catalogue, an inventory of about sixty CIs and
-- three hundred tickets spread over the last 90 days (dates are relative to the moment the demo starts).
--
-- DEMO PASSWORD: the portal clients below sign in with "pax123", the documented demo password (see V1).
-- It exists only in demo mode; these rows are never applied to a production database.
--
-- Fixed ids use the 7x000000 family (72 enterprises, 73 departments, 74 queues, 75 categories, 76 services,
-- 77 request forms, 78 task templates, 79 request tasks, 7a custom fields, 7b CMDB, 7c clients);
-- generated rows (CIs, tickets, communications...) get gen_random_uuid().
-- "Random" choices are drawn from md5 of a key, so every demo start gets the same mix.

create function pg_temp.draw(key text) returns integer language sql immutable as
$$ select ('x' || substr(md5(key), 1, 7))::bit(28)::integer $$;

-- Enterprises, departments, queues ----------------------------------------------------------------------------------
insert into enterprise (id, sequence_number, name, default_culture, email_domain, created_by, last_modified_by) values
 ('72000000-0000-4000-8000-000000000002', 2, 'Northwind Health', 'en-US', 'northwindhealth.com', 'demo', 'demo'),
 ('72000000-0000-4000-8000-000000000003', 3, 'Boréal Énergie', 'fr-CA', 'borealenergie.ca', 'demo', 'demo');

insert into catalog_enterprise (catalog_id, enterprise_id) values
 ('70000000-0000-4000-8000-000000000001', '72000000-0000-4000-8000-000000000002'),
 ('70000000-0000-4000-8000-000000000001', '72000000-0000-4000-8000-000000000003');

insert into department (id, code, english_name, french_name) values
 ('73000000-0000-4000-8000-000000000001', 'IT', 'Information technology', 'Technologies de l''information'),
 ('73000000-0000-4000-8000-000000000002', 'HR', 'Human resources', 'Ressources humaines'),
 ('73000000-0000-4000-8000-000000000003', 'FACILITIES', 'Facilities', 'Gestion immobilière'),
 ('73000000-0000-4000-8000-000000000004', 'FINANCE', 'Finance', 'Finances');

insert into queue (id, code, english_name, french_name, email_address) values
 ('74000000-0000-4000-8000-000000000001', 'NETWORK', 'Network', 'Réseau', 'network@c2enterprise.com'),
 ('74000000-0000-4000-8000-000000000002', 'HR', 'Human resources', 'Ressources humaines', 'hr@c2enterprise.com');

insert into group_queue (group_id, queue_id) values
 ('60000000-0000-4000-8000-000000000002', '74000000-0000-4000-8000-000000000001'),
 ('60000000-0000-4000-8000-000000000002', '74000000-0000-4000-8000-000000000002');

-- Clients ------------------------------------------------------------------------------------------------------------
-- Client numbers come from client_number_seq (after V1's 600).
insert into client (id, first_name, last_name, email_address, office_phone, mobile_phone, street_name, city, postal_code, country_id,
                    gender, preferred_culture, department_id, has_portal_access, user_name, password_hash, sees_enterprise_tickets,
                    created_by, last_modified_by)
select v.id::uuid, v.first_name, v.last_name, v.email, v.office_phone, v.mobile_phone, v.street, v.city, v.postal_code, v.country_id::uuid,
       v.gender, v.culture, d.id, v.user_name is not null, v.user_name,
       case when v.user_name is not null
            then 'PBKDF2WithHmacSHA512:210000:WUYpyaQ0b1uR0yl+mtxABCes+NN4OZRqUMnxccWEGro=:7qF4SxassjLw6O4iZt2Hzm5AfzkH8SGUF1rw2GgaIOI=' end,
       v.sees_all, 'demo', 'demo'
from (values
 -- Northwind Health, Seattle
 ('7c000000-0000-4000-8000-000000000001', 'Nancy', 'Davolio', 'nancy.davolio@northwindhealth.com', '+1 206 555-0101', '+1 206 555-0191',
  '1200 Fifth Avenue', 'Seattle', '98101', 'c0000000-0000-4000-8000-000000000002', 'F', 'en-US', 'FINANCE', 'nancy.davolio', false),
 ('7c000000-0000-4000-8000-000000000002', 'Andrew', 'Fuller', 'andrew.fuller@northwindhealth.com', '+1 206 555-0102', '+1 206 555-0192',
  '1200 Fifth Avenue', 'Seattle', '98101', 'c0000000-0000-4000-8000-000000000002', 'M', 'en-US', 'IT', 'andrew.fuller', true),
 ('7c000000-0000-4000-8000-000000000003', 'Janet', 'Leverling', 'janet.leverling@northwindhealth.com', '+1 206 555-0103', null,
  '1200 Fifth Avenue', 'Seattle', '98101', 'c0000000-0000-4000-8000-000000000002', 'F', 'en-US', 'FINANCE', 'janet.leverling', false),
 ('7c000000-0000-4000-8000-000000000004', 'Margaret', 'Peacock', 'margaret.peacock@northwindhealth.com', '+1 206 555-0104', null,
  '4110 Old Redmond Road', 'Redmond', '98052', 'c0000000-0000-4000-8000-000000000002', 'F', 'en-US', 'HR', null, false),
 ('7c000000-0000-4000-8000-000000000005', 'Steven', 'Buchanan', 'steven.buchanan@northwindhealth.com', '+1 206 555-0105', '+1 206 555-0195',
  '1200 Fifth Avenue', 'Seattle', '98101', 'c0000000-0000-4000-8000-000000000002', 'M', 'en-US', 'FACILITIES', 'steven.buchanan', false),
 ('7c000000-0000-4000-8000-000000000006', 'Michael', 'Suyama', 'michael.suyama@northwindhealth.com', '+1 206 555-0106', null,
  '4110 Old Redmond Road', 'Redmond', '98052', 'c0000000-0000-4000-8000-000000000002', 'M', 'en-US', 'IT', null, false),
 ('7c000000-0000-4000-8000-000000000007', 'Laura', 'Callahan', 'laura.callahan@northwindhealth.com', '+1 206 555-0107', null,
  '1200 Fifth Avenue', 'Seattle', '98101', 'c0000000-0000-4000-8000-000000000002', 'F', 'en-US', 'HR', 'laura.callahan', false),
 ('7c000000-0000-4000-8000-000000000008', 'Robert', 'King', 'robert.king@northwindhealth.com', '+1 206 555-0108', null,
  '4110 Old Redmond Road', 'Redmond', '98052', 'c0000000-0000-4000-8000-000000000002', 'M', 'en-US', 'FINANCE', null, false),
 ('7c000000-0000-4000-8000-000000000009', 'Camille', 'Dubois', 'camille.dubois@northwindhealth.com', '+1 206 555-0109', null,
  '1200 Fifth Avenue', 'Seattle', '98101', 'c0000000-0000-4000-8000-000000000002', 'F', 'fr-CA', 'IT', 'camille.dubois', false),
 -- Boréal Énergie, Montréal and Québec
 ('7c000000-0000-4000-8000-000000000011', 'Julie', 'Gagnon', 'julie.gagnon@borealenergie.ca', '+1 514 555-0111', '+1 514 555-0181',
  '1000, rue Sherbrooke Ouest', 'Montréal', 'H3A 3G4', 'c0000000-0000-4000-8000-000000000001', 'F', 'fr-CA', 'HR', 'julie.gagnon', false),
 ('7c000000-0000-4000-8000-000000000012', 'Marc-André', 'Bouchard', 'marc-andre.bouchard@borealenergie.ca', '+1 514 555-0112', '+1 514 555-0182',
  '1000, rue Sherbrooke Ouest', 'Montréal', 'H3A 3G4', 'c0000000-0000-4000-8000-000000000001', 'M', 'fr-CA', 'IT', 'marc-andre.bouchard', false),
 ('7c000000-0000-4000-8000-000000000013', 'François', 'Côté', 'francois.cote@borealenergie.ca', '+1 418 555-0113', null,
  '850, boulevard René-Lévesque Est', 'Québec', 'G1R 5P6', 'c0000000-0000-4000-8000-000000000001', 'M', 'fr-CA', 'FINANCE', 'francois.cote', false),
 ('7c000000-0000-4000-8000-000000000014', 'Isabelle', 'Lévesque', 'isabelle.levesque@borealenergie.ca', '+1 418 555-0114', null,
  '850, boulevard René-Lévesque Est', 'Québec', 'G1R 5P6', 'c0000000-0000-4000-8000-000000000001', 'F', 'fr-CA', 'FACILITIES', null, false),
 ('7c000000-0000-4000-8000-000000000015', 'Mathieu', 'Roy', 'mathieu.roy@borealenergie.ca', '+1 514 555-0115', '+1 514 555-0185',
  '1000, rue Sherbrooke Ouest', 'Montréal', 'H3A 3G4', 'c0000000-0000-4000-8000-000000000001', 'M', 'fr-CA', 'IT', 'mathieu.roy', false),
 ('7c000000-0000-4000-8000-000000000016', 'Geneviève', 'Pelletier', 'genevieve.pelletier@borealenergie.ca', '+1 514 555-0116', null,
  '1000, rue Sherbrooke Ouest', 'Montréal', 'H3A 3G4', 'c0000000-0000-4000-8000-000000000001', 'F', 'fr-CA', 'HR', 'genevieve.pelletier', true),
 ('7c000000-0000-4000-8000-000000000017', 'Étienne', 'Girard', 'etienne.girard@borealenergie.ca', '+1 418 555-0117', null,
  '850, boulevard René-Lévesque Est', 'Québec', 'G1R 5P6', 'c0000000-0000-4000-8000-000000000001', 'M', 'fr-CA', 'FACILITIES', null, false),
 ('7c000000-0000-4000-8000-000000000018', 'Sarah', 'O''Connor', 'sarah.oconnor@borealenergie.ca', '+1 514 555-0118', null,
  '1000, rue Sherbrooke Ouest', 'Montréal', 'H3A 3G4', 'c0000000-0000-4000-8000-000000000001', 'F', 'en-US', 'FINANCE', 'sarah.oconnor', false)
) as v (id, first_name, last_name, email, office_phone, mobile_phone, street, city, postal_code, country_id, gender, culture,
        department_code, user_name, sees_all)
join department d on d.code = v.department_code
order by v.id;

insert into client_enterprise (client_id, enterprise_id, is_primary)
select id, case when id::text < '7c000000-0000-4000-8000-000000000010' then '72000000-0000-4000-8000-000000000002'::uuid
                else '72000000-0000-4000-8000-000000000003'::uuid end, true
from client where id::text like '7c000000-%';

-- Service catalogue ---------------------------------------------------------------------------------------------------
insert into category (id, catalog_id, department_id, english_name, french_name, english_description, french_description, sort_order) values
 ('75000000-0000-4000-8000-000000000001', '70000000-0000-4000-8000-000000000001', '73000000-0000-4000-8000-000000000001',
  'Information technology', 'Technologies de l''information',
  'Accounts, workstations, software and IT support.', 'Comptes, postes de travail, logiciels et soutien informatique.', 1),
 ('75000000-0000-4000-8000-000000000002', '70000000-0000-4000-8000-000000000001', '73000000-0000-4000-8000-000000000002',
  'Human resources', 'Ressources humaines',
  'Arrivals, departures, pay and benefits.', 'Arrivées, départs, paie et avantages sociaux.', 2),
 ('75000000-0000-4000-8000-000000000003', '70000000-0000-4000-8000-000000000001', '73000000-0000-4000-8000-000000000003',
  'Facilities', 'Gestion immobilière',
  'Parking, offices, repairs and ergonomics.', 'Stationnement, bureaux, réparations et ergonomie.', 3);

insert into catalog_service (id, category_id, english_name, french_name, english_description, french_description, sort_order) values
 ('76000000-0000-4000-8000-000000000001', '75000000-0000-4000-8000-000000000001', 'Accounts and access', 'Comptes et accès',
  'Passwords and access to applications and shared folders.', 'Mots de passe et accès aux applications et aux dossiers partagés.', 1),
 ('76000000-0000-4000-8000-000000000002', '75000000-0000-4000-8000-000000000001', 'Workstations and software', 'Postes de travail et logiciels',
  'Laptops, peripherals and software installation.', 'Ordinateurs portables, périphériques et installation de logiciels.', 2),
 ('76000000-0000-4000-8000-000000000003', '75000000-0000-4000-8000-000000000001', 'IT support', 'Soutien informatique',
  'Something is broken, or something needs to change.', 'Quelque chose ne fonctionne pas, ou doit changer.', 3),
 ('76000000-0000-4000-8000-000000000004', '75000000-0000-4000-8000-000000000002', 'Arrivals and departures', 'Arrivées et départs',
  'Welcome a new colleague or organize a departure.', 'Accueillir un nouveau collègue ou organiser un départ.', 1),
 ('76000000-0000-4000-8000-000000000005', '75000000-0000-4000-8000-000000000002', 'Pay and benefits', 'Paie et avantages sociaux',
  'Questions about your pay, vacation and personal information.', 'Questions sur votre paie, vos vacances et vos renseignements personnels.', 2),
 ('76000000-0000-4000-8000-000000000006', '75000000-0000-4000-8000-000000000003', 'Parking', 'Stationnement',
  'Parking permits and access cards.', 'Permis de stationnement et cartes d''accès.', 1),
 ('76000000-0000-4000-8000-000000000007', '75000000-0000-4000-8000-000000000003', 'Workplace', 'Aménagement des lieux de travail',
  'Office moves, repairs and ergonomics.', 'Déménagements, réparations et ergonomie.', 2);

insert into request_form (id, service_id, ticket_type_id, english_name, french_name, english_description, french_description,
                          default_queue_id, default_priority_id, is_draft_allowed, sort_order) values
 ('77000000-0000-4000-8000-000000000001', '76000000-0000-4000-8000-000000000001', '19f57377-94fd-4391-a154-577446131999',
  'Reset my password', 'Réinitialiser mon mot de passe',
  'Your password expired or your account is locked.', 'Votre mot de passe est expiré ou votre compte est verrouillé.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000002', false, 1),
 ('77000000-0000-4000-8000-000000000002', '76000000-0000-4000-8000-000000000001', '19f57377-94fd-4391-a154-577446131999',
  'Access to an application', 'Accès à une application',
  'Ask for access to a business application or a shared folder. Your manager approves the request.',
  'Demandez l''accès à une application d''affaires ou à un dossier partagé. Votre gestionnaire approuve la demande.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000003', false, 2),
 ('77000000-0000-4000-8000-000000000003', '76000000-0000-4000-8000-000000000002', '19f57377-94fd-4391-a154-577446131999',
  'New laptop', 'Nouvel ordinateur portable',
  'Order a laptop for yourself or a new employee.', 'Commandez un ordinateur portable pour vous ou pour un nouvel employé.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000003', true, 1),
 ('77000000-0000-4000-8000-000000000004', '76000000-0000-4000-8000-000000000002', '19f57377-94fd-4391-a154-577446131999',
  'Install software', 'Installer un logiciel',
  'Install a licensed application on your workstation.', 'Installez une application sous licence sur votre poste de travail.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000004', false, 2),
 ('77000000-0000-4000-8000-000000000005', '76000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001',
  'Report an incident', 'Signaler un incident',
  'Something does not work as it should.', 'Quelque chose ne fonctionne pas comme prévu.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000003', false, 1),
 ('77000000-0000-4000-8000-000000000006', '76000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000001',
  'Network or Wi-Fi problem', 'Problème de réseau ou de Wi-Fi',
  'No network, slow connection, VPN or Wi-Fi trouble.', 'Pas de réseau, connexion lente, problème de VPN ou de Wi-Fi.',
  '74000000-0000-4000-8000-000000000001', '30000000-0000-4000-8000-000000000002', false, 2),
 ('77000000-0000-4000-8000-000000000007', '76000000-0000-4000-8000-000000000003', '10000000-0000-4000-8000-000000000004',
  'Request for change', 'Demande de changement',
  'Propose a change to a system or to the infrastructure. The change advisory board reviews it.',
  'Proposez un changement à un système ou à l''infrastructure. Le comité consultatif des changements l''évalue.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000003', true, 3),
 ('77000000-0000-4000-8000-000000000008', '76000000-0000-4000-8000-000000000004', '19f57377-94fd-4391-a154-577446131999',
  'Onboard a new employee', 'Accueillir un nouvel employé',
  'Accounts, workstation and welcome session for a new colleague.', 'Comptes, poste de travail et séance d''accueil pour un nouveau collègue.',
  '74000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000003', true, 1),
 ('77000000-0000-4000-8000-000000000009', '76000000-0000-4000-8000-000000000004', '19f57377-94fd-4391-a154-577446131999',
  'Employee departure', 'Départ d''un employé',
  'Disable the accounts and recover the equipment of a departing employee.', 'Désactiver les comptes et récupérer le matériel d''un employé qui quitte.',
  '74000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000003', false, 2),
 ('77000000-0000-4000-8000-000000000010', '76000000-0000-4000-8000-000000000005', '19f57377-94fd-4391-a154-577446131999',
  'Question about my pay', 'Question sur ma paie',
  'Pay stubs, overtime, vacation balance, tax slips.', 'Talons de paie, heures supplémentaires, solde de vacances, relevés fiscaux.',
  '74000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000003', false, 1),
 ('77000000-0000-4000-8000-000000000011', '76000000-0000-4000-8000-000000000005', '19f57377-94fd-4391-a154-577446131999',
  'Update my personal information', 'Mettre à jour mes renseignements personnels',
  'Address, emergency contact, direct deposit.', 'Adresse, personne à joindre en cas d''urgence, dépôt direct.',
  '74000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000004', false, 2),
 ('77000000-0000-4000-8000-000000000012', '76000000-0000-4000-8000-000000000006', '19f57377-94fd-4391-a154-577446131999',
  'Parking permit', 'Permis de stationnement',
  'Request, renew or replace a parking permit.', 'Demander, renouveler ou remplacer un permis de stationnement.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000004', false, 1),
 ('77000000-0000-4000-8000-000000000013', '76000000-0000-4000-8000-000000000007', '19f57377-94fd-4391-a154-577446131999',
  'Office move', 'Déménagement de bureau',
  'Move one or more people, with their furniture and equipment.', 'Déménager une ou plusieurs personnes, avec leur mobilier et leur matériel.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000004', true, 1),
 ('77000000-0000-4000-8000-000000000014', '76000000-0000-4000-8000-000000000007', '10000000-0000-4000-8000-000000000001',
  'Repair in the building', 'Réparation dans l''immeuble',
  'Heating, air conditioning, lighting, furniture.', 'Chauffage, climatisation, éclairage, mobilier.',
  '7ec07c17-828f-47f8-9519-76f7e9a32cb0', '30000000-0000-4000-8000-000000000003', false, 2),
 ('77000000-0000-4000-8000-000000000015', '76000000-0000-4000-8000-000000000007', '19f57377-94fd-4391-a154-577446131999',
  'Ergonomic assessment', 'Évaluation ergonomique',
  'Have your workstation assessed by an ergonomist.', 'Faites évaluer votre poste de travail par un ergonome.',
  '74000000-0000-4000-8000-000000000002', '30000000-0000-4000-8000-000000000004', false, 3);

insert into task_template (id, english_name, french_name, english_description, french_description, ticket_type_id, default_queue_id,
                           estimated_minutes, is_approval) values
 ('78000000-0000-4000-8000-000000000001', 'Manager approval', 'Approbation du gestionnaire',
  'The client''s manager approves the access.', 'Le gestionnaire du client approuve l''accès.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 10, true),
 ('78000000-0000-4000-8000-000000000002', 'Grant the access', 'Accorder l''accès',
  'Add the client to the right security group and confirm the access.', 'Ajouter le client au bon groupe de sécurité et confirmer l''accès.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 30, false),
 ('78000000-0000-4000-8000-000000000003', 'Order the laptop', 'Commander l''ordinateur portable',
  'Order the selected model from the supplier.', 'Commander le modèle choisi chez le fournisseur.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 20, false),
 ('78000000-0000-4000-8000-000000000004', 'Prepare the laptop', 'Préparer l''ordinateur portable',
  'Install the corporate image, encrypt the disk, register the CI.', 'Installer l''image de l''entreprise, chiffrer le disque, inscrire l''élément de configuration.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 120, false),
 ('78000000-0000-4000-8000-000000000005', 'Deliver the laptop', 'Livrer l''ordinateur portable',
  'Hand over the laptop and have the client sign the receipt.', 'Remettre l''ordinateur et faire signer le bon de réception au client.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 30, false),
 ('78000000-0000-4000-8000-000000000006', 'Assess the change', 'Évaluer le changement',
  'Risk, impact, rollback plan and schedule.', 'Risque, impact, plan de retour arrière et calendrier.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 60, false),
 ('78000000-0000-4000-8000-000000000007', 'Change advisory board approval', 'Approbation du comité des changements',
  'The change advisory board approves or rejects the change.', 'Le comité consultatif des changements approuve ou refuse le changement.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 30, true),
 ('78000000-0000-4000-8000-000000000008', 'Implement the change', 'Mettre en œuvre le changement',
  'Carry out the change in the approved window and confirm the result.', 'Réaliser le changement dans la plage approuvée et confirmer le résultat.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '74000000-0000-4000-8000-000000000001', 180, false),
 ('78000000-0000-4000-8000-000000000009', 'Create the accounts', 'Créer les comptes',
  'Network account, e-mail box and business applications.', 'Compte réseau, boîte de courriel et applications d''affaires.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 45, false),
 ('78000000-0000-4000-8000-000000000010', 'Prepare the workstation', 'Préparer le poste de travail',
  'Laptop, screens, phone and badge ready on the first day.', 'Ordinateur, écrans, téléphone et carte d''accès prêts le premier jour.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 90, false),
 ('78000000-0000-4000-8000-000000000011', 'Welcome session', 'Séance d''accueil',
  'Present the organization, the policies and the benefits.', 'Présenter l''organisation, les politiques et les avantages sociaux.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '74000000-0000-4000-8000-000000000002', 60, false),
 ('78000000-0000-4000-8000-000000000012', 'Disable the accounts', 'Désactiver les comptes',
  'Disable the network account and forward the e-mail to the manager.', 'Désactiver le compte réseau et rediriger les courriels vers le gestionnaire.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 20, false),
 ('78000000-0000-4000-8000-000000000013', 'Recover the equipment', 'Récupérer le matériel',
  'Laptop, phone, badge and parking card.', 'Ordinateur, téléphone, carte d''accès et carte de stationnement.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 30, false),
 ('78000000-0000-4000-8000-000000000014', 'Move the equipment', 'Déménager le matériel',
  'Disconnect, move and reconnect the workstations and phones.', 'Débrancher, déménager et rebrancher les postes de travail et les téléphones.',
  'e2609e13-0d39-4223-88a5-7090637706ee', '7ec07c17-828f-47f8-9519-76f7e9a32cb0', 120, false);

insert into request_task (id, request_id, task_template_id, step, is_blocking, sort_order) values
 -- Access to an application: approval, then access
 ('79000000-0000-4000-8000-000000000011', '77000000-0000-4000-8000-000000000002', '78000000-0000-4000-8000-000000000001', 1, true, 0),
 ('79000000-0000-4000-8000-000000000012', '77000000-0000-4000-8000-000000000002', '78000000-0000-4000-8000-000000000002', 2, true, 0),
 -- New laptop: order, prepare, deliver
 ('79000000-0000-4000-8000-000000000021', '77000000-0000-4000-8000-000000000003', '78000000-0000-4000-8000-000000000003', 1, true, 0),
 ('79000000-0000-4000-8000-000000000022', '77000000-0000-4000-8000-000000000003', '78000000-0000-4000-8000-000000000004', 2, true, 0),
 ('79000000-0000-4000-8000-000000000023', '77000000-0000-4000-8000-000000000003', '78000000-0000-4000-8000-000000000005', 3, true, 0),
 -- Request for change: assess, approve, implement
 ('79000000-0000-4000-8000-000000000031', '77000000-0000-4000-8000-000000000007', '78000000-0000-4000-8000-000000000006', 1, true, 0),
 ('79000000-0000-4000-8000-000000000032', '77000000-0000-4000-8000-000000000007', '78000000-0000-4000-8000-000000000007', 2, true, 0),
 ('79000000-0000-4000-8000-000000000033', '77000000-0000-4000-8000-000000000007', '78000000-0000-4000-8000-000000000008', 3, true, 0),
 -- Onboarding: accounts and workstation in parallel, then the welcome session
 ('79000000-0000-4000-8000-000000000041', '77000000-0000-4000-8000-000000000008', '78000000-0000-4000-8000-000000000009', 1, true, 0),
 ('79000000-0000-4000-8000-000000000042', '77000000-0000-4000-8000-000000000008', '78000000-0000-4000-8000-000000000010', 1, true, 1),
 ('79000000-0000-4000-8000-000000000043', '77000000-0000-4000-8000-000000000008', '78000000-0000-4000-8000-000000000011', 2, false, 0),
 -- Departure: accounts and equipment in parallel
 ('79000000-0000-4000-8000-000000000051', '77000000-0000-4000-8000-000000000009', '78000000-0000-4000-8000-000000000012', 1, true, 0),
 ('79000000-0000-4000-8000-000000000052', '77000000-0000-4000-8000-000000000009', '78000000-0000-4000-8000-000000000013', 1, true, 1),
 -- Office move
 ('79000000-0000-4000-8000-000000000061', '77000000-0000-4000-8000-000000000013', '78000000-0000-4000-8000-000000000014', 1, true, 0);

-- Custom fields of the catalogue's forms -----------------------------------------------------------------------------
insert into field_list (id, code, english_name, french_name) values
 ('7a400000-0000-4000-8000-000000000001', 'LAPTOP_MODEL', 'Laptop model', 'Modèle d''ordinateur portable');

insert into field_list_item (id, list_id, value, english_text, french_text, sort_order) values
 ('7a410000-0000-4000-8000-000000000001', '7a400000-0000-4000-8000-000000000001', 'DELL_LATITUDE_7440', 'Dell Latitude 7440 (standard)', 'Dell Latitude 7440 (standard)', 1),
 ('7a410000-0000-4000-8000-000000000002', '7a400000-0000-4000-8000-000000000001', 'LENOVO_T14_G4', 'Lenovo ThinkPad T14 Gen 4', 'Lenovo ThinkPad T14 Gen 4', 2),
 ('7a410000-0000-4000-8000-000000000003', '7a400000-0000-4000-8000-000000000001', 'HP_ELITEBOOK_840_G10', 'HP EliteBook 840 G10', 'HP EliteBook 840 G10', 3),
 ('7a410000-0000-4000-8000-000000000004', '7a400000-0000-4000-8000-000000000001', 'MACBOOK_PRO_14', 'Apple MacBook Pro 14-inch (design team)', 'Apple MacBook Pro 14 po (équipe de design)', 4);

insert into field_definition (id, sequence_number, field_type, english_name, french_name, english_description, french_description,
                              list_id, max_length, nb_lines_height, is_required, created_by, last_modified_by) values
 ('7a500000-0000-4000-8000-000000000001', 100, 9, 'Laptop model', 'Modèle d''ordinateur portable',
  'Choose the standard model unless your job needs another one.', 'Choisissez le modèle standard, sauf si votre travail en exige un autre.',
  '7a400000-0000-4000-8000-000000000001', null, null, true, 'demo', 'demo'),
 ('7a500000-0000-4000-8000-000000000002', 101, 0, 'Business justification', 'Justification d''affaires',
  'Why is this needed?', 'Pourquoi est-ce nécessaire ?', null, 2000, 4, false, 'demo', 'demo'),
 ('7a500000-0000-4000-8000-000000000003', 102, 0, 'Application name', 'Nom de l''application',
  'The application or the shared folder.', 'L''application ou le dossier partagé.', null, 200, null, true, 'demo', 'demo'),
 ('7a500000-0000-4000-8000-000000000004', 103, 0, 'Employee name', 'Nom de l''employé', null, null, null, 200, null, true, 'demo', 'demo'),
 ('7a500000-0000-4000-8000-000000000005', 104, 3, 'Start date', 'Date d''entrée en fonction', null, null, null, null, null, true, 'demo', 'demo'),
 ('7a500000-0000-4000-8000-000000000006', 105, 8, 'Needs a parking permit', 'Besoin d''un permis de stationnement', null, null, null, null, null, false, 'demo', 'demo');

-- Section numbers come from object_number_seq.
insert into field_section (id, form_kind, form_id, english_name, french_name, sort_order, is_public, created_by, last_modified_by) values
 ('7a600000-0000-4000-8000-000000000001', 'REQUEST', '77000000-0000-4000-8000-000000000003', 'Laptop details', 'Détails de l''ordinateur portable', 1, true, 'demo', 'demo'),
 ('7a600000-0000-4000-8000-000000000002', 'REQUEST', '77000000-0000-4000-8000-000000000002', 'Requested access', 'Accès demandé', 1, true, 'demo', 'demo'),
 ('7a600000-0000-4000-8000-000000000003', 'REQUEST', '77000000-0000-4000-8000-000000000008', 'New employee', 'Nouvel employé', 1, true, 'demo', 'demo');

insert into field_row (id, section_id, sort_order) values
 ('7a610000-0000-4000-8000-000000000011', '7a600000-0000-4000-8000-000000000001', 0),
 ('7a610000-0000-4000-8000-000000000021', '7a600000-0000-4000-8000-000000000002', 0),
 ('7a610000-0000-4000-8000-000000000031', '7a600000-0000-4000-8000-000000000003', 0),
 ('7a610000-0000-4000-8000-000000000032', '7a600000-0000-4000-8000-000000000003', 1);

insert into field_cell (id, row_id, definition_id, sort_order) values
 ('7a620000-0000-4000-8000-000000000111', '7a610000-0000-4000-8000-000000000011', '7a500000-0000-4000-8000-000000000001', 0),
 ('7a620000-0000-4000-8000-000000000112', '7a610000-0000-4000-8000-000000000011', '7a500000-0000-4000-8000-000000000002', 1),
 ('7a620000-0000-4000-8000-000000000211', '7a610000-0000-4000-8000-000000000021', '7a500000-0000-4000-8000-000000000003', 0),
 ('7a620000-0000-4000-8000-000000000212', '7a610000-0000-4000-8000-000000000021', '7a500000-0000-4000-8000-000000000002', 1),
 ('7a620000-0000-4000-8000-000000000311', '7a610000-0000-4000-8000-000000000031', '7a500000-0000-4000-8000-000000000004', 0),
 ('7a620000-0000-4000-8000-000000000312', '7a610000-0000-4000-8000-000000000031', '7a500000-0000-4000-8000-000000000005', 1),
 ('7a620000-0000-4000-8000-000000000321', '7a610000-0000-4000-8000-000000000032', '7a500000-0000-4000-8000-000000000001', 0),
 ('7a620000-0000-4000-8000-000000000322', '7a610000-0000-4000-8000-000000000032', '7a500000-0000-4000-8000-000000000006', 1);

-- Inventory (CMDB) -----------------------------------------------------------------------------------------------------
insert into ci_folder (id, parent_id, english_name, french_name) values
 ('7b000000-0000-4000-8000-000000000001', null, 'Laptops', 'Portables'),
 ('7b000000-0000-4000-8000-000000000002', null, 'Servers', 'Serveurs'),
 ('7b000000-0000-4000-8000-000000000003', null, 'Network', 'Réseau'),
 ('7b000000-0000-4000-8000-000000000004', null, 'Software', 'Logiciels');

insert into ci_category (id, prefix, english_name, french_name) values
 ('7b100000-0000-4000-8000-000000000001', 'HW', 'Hardware', 'Matériel'),
 ('7b100000-0000-4000-8000-000000000002', 'NET', 'Network equipment', 'Équipement réseau'),
 ('7b100000-0000-4000-8000-000000000003', 'SW', 'Software', 'Logiciels');

insert into ci_type (id, category_id, english_name, french_name) values
 ('7b200000-0000-4000-8000-000000000001', '7b100000-0000-4000-8000-000000000001', 'Laptop', 'Ordinateur portable'),
 ('7b200000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', 'Physical server', 'Serveur physique'),
 ('7b200000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000001', 'Virtual server', 'Serveur virtuel'),
 ('7b200000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000002', 'Switch', 'Commutateur'),
 ('7b200000-0000-4000-8000-000000000005', '7b100000-0000-4000-8000-000000000002', 'Router', 'Routeur'),
 ('7b200000-0000-4000-8000-000000000006', '7b100000-0000-4000-8000-000000000002', 'Firewall', 'Pare-feu'),
 ('7b200000-0000-4000-8000-000000000007', '7b100000-0000-4000-8000-000000000002', 'Wi-Fi access point', 'Borne Wi-Fi'),
 ('7b200000-0000-4000-8000-000000000008', '7b100000-0000-4000-8000-000000000003', 'Business application', 'Application d''affaires'),
 ('7b200000-0000-4000-8000-000000000009', '7b100000-0000-4000-8000-000000000003', 'Software licence', 'Licence logicielle');

-- 36 laptops: the first 17 in service with the 17 clients above, then stock, repair and retired ones.
-- CI numbers and sequence numbers come from ci_number_seq and object_number_seq.
insert into configuration_item (id, ci_folder_id, category_id, ci_type_id, state_id, owner_client_id, english_name, french_name,
                                english_description, french_description, tags, external_id, is_active, created_by, created_on,
                                last_modified_by, last_modified_on)
select gen_random_uuid(), '7b000000-0000-4000-8000-000000000001', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000001',
       case when g <= 17 then '3b302329-5610-4ee4-97e9-e8590be84b63'::uuid
            when g <= 26 then '50000000-0000-4000-8000-000000000002'::uuid
            when g <= 30 then '50000000-0000-4000-8000-000000000003'::uuid
            else '50000000-0000-4000-8000-000000000004'::uuid end,
       owner.id,
       'LAPTOP-' || lpad(g::text, 4, '0'), 'LAPTOP-' || lpad(g::text, 4, '0'),
       (array['Dell Latitude 7440', 'Lenovo ThinkPad T14 Gen 4', 'HP EliteBook 840 G10', 'Apple MacBook Pro 14-inch'])[1 + g % 4]
         || ', 16 GB RAM, 512 GB SSD. Serial number ' || upper(substr(md5('laptop' || g), 1, 7)) || '.',
       (array['Dell Latitude 7440', 'Lenovo ThinkPad T14 Gen 4', 'HP EliteBook 840 G10', 'Apple MacBook Pro 14 po'])[1 + g % 4]
         || ', 16 Go de mémoire vive, SSD de 512 Go. Numéro de série ' || upper(substr(md5('laptop' || g), 1, 7)) || '.',
       (array['laptop,dell', 'laptop,lenovo', 'laptop,hp', 'laptop,apple'])[1 + g % 4],
       'ASSET-' || lpad((4100 + g)::text, 5, '0'),
       g <= 30,
       'demo', now() - (400 - g * 5) * interval '1 day', 'demo', now() - (60 - g) * interval '1 day'
from generate_series(1, 36) g
left join lateral (select c.id from client c
                   where g <= 17 and c.id::text like '7c000000-%'
                   order by c.id offset g - 1 limit 1) owner on true
order by g;

-- Servers, network equipment and software: name, French name, folder, category, type, descriptions, tags.
insert into configuration_item (id, ci_folder_id, category_id, ci_type_id, state_id, english_name, french_name,
                                english_description, french_description, tags, created_by, created_on, last_modified_by, last_modified_on)
select gen_random_uuid(), v.folder::uuid, v.category::uuid, v.ci_type::uuid,
       case when v.name = 'SW-CORE-02' then '50000000-0000-4000-8000-000000000003'::uuid else '3b302329-5610-4ee4-97e9-e8590be84b63'::uuid end,
       v.name, v.french_name, v.en_desc, v.fr_desc, v.tags,
       'demo', now() - (700 - g * 7) * interval '1 day', 'demo', now() - (90 - g) * interval '1 day'
from (select v0.*, row_number() over () as g from (values
 ('SRV-DB-01', 'SRV-DB-01', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000002',
  'PostgreSQL database server for the ERP.', 'Serveur de bases de données PostgreSQL de l''ERP.', 'server,database,production'),
 ('SRV-DB-02', 'SRV-DB-02', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000002',
  'Database server for payroll and HR.', 'Serveur de bases de données de la paie et des RH.', 'server,database,production'),
 ('SRV-APP-01', 'SRV-APP-01', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000003',
  'Application server (ERP, health records).', 'Serveur d''applications (ERP, dossiers médicaux).', 'server,application,production'),
 ('SRV-APP-02', 'SRV-APP-02', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000003',
  'Application server (payroll, SCADA supervision).', 'Serveur d''applications (paie, supervision SCADA).', 'server,application,production'),
 ('SRV-WEB-01', 'SRV-WEB-01', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000003',
  'Web server of the intranet.', 'Serveur Web de l''intranet.', 'server,web,production'),
 ('SRV-WEB-02', 'SRV-WEB-02', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000003',
  'Web server of the supplier portal.', 'Serveur Web du portail fournisseurs.', 'server,web,production'),
 ('SRV-FILE-01', 'SRV-FILE-01', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000003',
  'File server: shared folders of every department.', 'Serveur de fichiers : dossiers partagés de tous les services.', 'server,files'),
 ('SRV-AD-01', 'SRV-AD-01', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000003',
  'Domain controller (Active Directory).', 'Contrôleur de domaine (Active Directory).', 'server,identity'),
 ('SRV-MAIL-01', 'SRV-MAIL-01', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000003',
  'Mail relay (SMTP) for applications.', 'Relais de courriel (SMTP) des applications.', 'server,mail'),
 ('SRV-BACKUP-01', 'SRV-BACKUP-01', '7b000000-0000-4000-8000-000000000002', '7b100000-0000-4000-8000-000000000001', '7b200000-0000-4000-8000-000000000002',
  'Backup server, 40 TB.', 'Serveur de sauvegarde, 40 To.', 'server,backup'),
 ('SW-CORE-01', 'SW-CORE-01', '7b000000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000002', '7b200000-0000-4000-8000-000000000004',
  'Core switch, data centre rack A.', 'Commutateur principal, baie A du centre de données.', 'network,core'),
 ('SW-CORE-02', 'SW-CORE-02', '7b000000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000002', '7b200000-0000-4000-8000-000000000004',
  'Core switch, data centre rack B (power supply failing).', 'Commutateur principal, baie B du centre de données (bloc d''alimentation défaillant).', 'network,core'),
 ('SW-FLOOR-01', 'SW-FLOOR-01', '7b000000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000002', '7b200000-0000-4000-8000-000000000004',
  'Floor switch, 1st floor.', 'Commutateur d''étage, 1er étage.', 'network,floor'),
 ('SW-FLOOR-02', 'SW-FLOOR-02', '7b000000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000002', '7b200000-0000-4000-8000-000000000004',
  'Floor switch, 2nd floor.', 'Commutateur d''étage, 2e étage.', 'network,floor'),
 ('SW-FLOOR-03', 'SW-FLOOR-03', '7b000000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000002', '7b200000-0000-4000-8000-000000000004',
  'Floor switch, 3rd floor.', 'Commutateur d''étage, 3e étage.', 'network,floor'),
 ('RTR-EDGE-01', 'RTR-EDGE-01', '7b000000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000002', '7b200000-0000-4000-8000-000000000005',
  'Internet edge router, 1 Gbit/s fibre link.', 'Routeur de périphérie Internet, lien fibre de 1 Gbit/s.', 'network,internet'),
 ('FW-01', 'FW-01', '7b000000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000002', '7b200000-0000-4000-8000-000000000006',
  'Perimeter firewall and VPN concentrator.', 'Pare-feu périmétrique et concentrateur VPN.', 'network,security,vpn'),
 ('AP-LOBBY-01', 'AP-LOBBY-01', '7b000000-0000-4000-8000-000000000003', '7b100000-0000-4000-8000-000000000002', '7b200000-0000-4000-8000-000000000007',
  'Wi-Fi access point in the main lobby.', 'Borne Wi-Fi du hall principal.', 'network,wifi'),
 ('Microsoft 365', 'Microsoft 365', '7b000000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000003', '7b200000-0000-4000-8000-000000000009',
  'E-mail, Teams and Office, 450 E3 licences.', 'Courriel, Teams et Office, 450 licences E3.', 'software,licence,saas'),
 ('SAP ERP', 'SAP ERP', '7b000000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000003', '7b200000-0000-4000-8000-000000000008',
  'Finance, purchasing and inventory.', 'Finances, approvisionnement et inventaire.', 'software,erp,finance'),
 ('Payroll (Nethris)', 'Paie (Nethris)', '7b000000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000003', '7b200000-0000-4000-8000-000000000008',
  'Payroll and time sheets.', 'Paie et feuilles de temps.', 'software,payroll,hr'),
 ('Intranet', 'Intranet', '7b000000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000003', '7b200000-0000-4000-8000-000000000008',
  'Internal news, policies and forms.', 'Nouvelles internes, politiques et formulaires.', 'software,web'),
 ('VPN client (GlobalProtect)', 'Client VPN (GlobalProtect)', '7b000000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000003', '7b200000-0000-4000-8000-000000000009',
  'Remote access client installed on every laptop.', 'Client d''accès à distance installé sur tous les portables.', 'software,vpn'),
 ('Adobe Acrobat Pro', 'Adobe Acrobat Pro', '7b000000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000003', '7b200000-0000-4000-8000-000000000009',
  '60 named licences.', '60 licences nominatives.', 'software,licence,pdf'),
 ('Electronic health record (EHR)', 'Dossier médical électronique (DME)', '7b000000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000003', '7b200000-0000-4000-8000-000000000008',
  'Patient records of Northwind Health''s clinics.', 'Dossiers des patients des cliniques de Northwind Health.', 'software,health'),
 ('SCADA supervision', 'Supervision SCADA', '7b000000-0000-4000-8000-000000000004', '7b100000-0000-4000-8000-000000000003', '7b200000-0000-4000-8000-000000000008',
  'Supervision of Boréal Énergie''s wind farms.', 'Supervision des parcs éoliens de Boréal Énergie.', 'software,scada,energy')
) as v0 (name, french_name, folder, category, ci_type, en_desc, fr_desc, tags)) as v
order by v.g;

-- Owned laptops: the owner is also the CI's client. Every demo CI belongs to one or both demo enterprises.
insert into ci_client (ci_id, client_id)
select id, owner_client_id from configuration_item where owner_client_id is not null;

insert into ci_enterprise (ci_id, enterprise_id)
select x.id, x.enterprise_id
from (select ci.id,
             case when ce.enterprise_id is not null then ce.enterprise_id
                  when ci.english_name = 'Electronic health record (EHR)' then '72000000-0000-4000-8000-000000000002'::uuid
                  when ci.english_name in ('SCADA supervision', 'Payroll (Nethris)') then '72000000-0000-4000-8000-000000000003'::uuid
                  -- laptops in stock, in repair or retired: half each
                  when ci.ci_folder_id = '7b000000-0000-4000-8000-000000000001' and ci.ci_number % 2 = 0 then '72000000-0000-4000-8000-000000000002'::uuid
                  when ci.ci_folder_id = '7b000000-0000-4000-8000-000000000001' then '72000000-0000-4000-8000-000000000003'::uuid
             end as enterprise_id
      from configuration_item ci
      left join client_enterprise ce on ce.client_id = ci.owner_client_id and ce.is_primary
      where ci.ci_folder_id::text like '7b000000-%') x
where x.enterprise_id is not null;

-- Shared infrastructure serves both enterprises.
insert into ci_enterprise (ci_id, enterprise_id)
select ci.id, e.id
from configuration_item ci
cross join enterprise e
where e.id in ('72000000-0000-4000-8000-000000000002', '72000000-0000-4000-8000-000000000003')
  and ci.ci_folder_id in ('7b000000-0000-4000-8000-000000000002', '7b000000-0000-4000-8000-000000000003', '7b000000-0000-4000-8000-000000000004')
  and ci.english_name not in ('Electronic health record (EHR)', 'SCADA supervision', 'Payroll (Nethris)');

insert into ci_relation (id, from_ci_id, to_ci_id, relation_type_id, created_by)
select gen_random_uuid(), f.id, t.id, l.id, 'demo'
from (values
 ('SAP ERP', 'SRV-APP-01', 'RUNS_ON'),
 ('SAP ERP', 'SRV-DB-01', 'DEPENDS_ON'),
 ('Electronic health record (EHR)', 'SRV-APP-01', 'RUNS_ON'),
 ('Electronic health record (EHR)', 'SRV-DB-01', 'DEPENDS_ON'),
 ('Payroll (Nethris)', 'SRV-APP-02', 'RUNS_ON'),
 ('Payroll (Nethris)', 'SRV-DB-02', 'DEPENDS_ON'),
 ('SCADA supervision', 'SRV-APP-02', 'RUNS_ON'),
 ('Intranet', 'SRV-WEB-01', 'RUNS_ON'),
 ('Microsoft 365', 'SRV-AD-01', 'DEPENDS_ON'),
 ('VPN client (GlobalProtect)', 'FW-01', 'DEPENDS_ON'),
 ('SRV-BACKUP-01', 'SRV-DB-01', 'CONNECTED_TO'),
 ('SRV-DB-01', 'SW-CORE-01', 'CONNECTED_TO'),
 ('SRV-DB-02', 'SW-CORE-02', 'CONNECTED_TO'),
 ('SRV-APP-01', 'SW-CORE-01', 'CONNECTED_TO'),
 ('SRV-APP-02', 'SW-CORE-02', 'CONNECTED_TO'),
 ('SRV-WEB-01', 'SW-CORE-01', 'CONNECTED_TO'),
 ('SRV-WEB-02', 'SW-CORE-02', 'CONNECTED_TO'),
 ('SRV-FILE-01', 'SW-CORE-01', 'CONNECTED_TO'),
 ('SRV-AD-01', 'SW-CORE-01', 'CONNECTED_TO'),
 ('SRV-MAIL-01', 'SW-CORE-02', 'CONNECTED_TO'),
 ('SW-FLOOR-01', 'SW-CORE-01', 'CONNECTED_TO'),
 ('SW-FLOOR-02', 'SW-CORE-01', 'CONNECTED_TO'),
 ('SW-FLOOR-03', 'SW-CORE-02', 'CONNECTED_TO'),
 ('SW-CORE-01', 'FW-01', 'CONNECTED_TO'),
 ('SW-CORE-02', 'FW-01', 'CONNECTED_TO'),
 ('FW-01', 'RTR-EDGE-01', 'CONNECTED_TO'),
 ('AP-LOBBY-01', 'SW-FLOOR-01', 'CONNECTED_TO'),
 ('SW-CORE-02', 'SW-CORE-01', 'PART_OF')
) as v (from_name, to_name, relation)
join configuration_item f on f.english_name = v.from_name and f.ci_folder_id::text like '7b000000-%'
join configuration_item t on t.english_name = v.to_name and t.ci_folder_id::text like '7b000000-%'
join lookup_value l on l.kind = 'CI_RELATION' and l.code = v.relation;

-- Tickets ------------------------------------------------------------------------------------------------------------
-- Working tables (dropped at the end): the clients and agents to draw from, and the kinds of tickets people open.
create temp table demo_client as
select row_number() over (order by c.sequence_number)::integer as n, c.id, c.first_name, c.preferred_culture as culture,
       c.has_portal_access as portal, ce.enterprise_id
from client c
join client_enterprise ce on ce.client_id = c.id and ce.is_primary
where c.id::text like '7c000000-%';

create temp table demo_agent as
select user_name, id, first_name, preferred_culture as culture from resource
where user_name in ('admin', 'agent.fr', 'agent.en', 'agent.net', 'agent.hr');

create temp table demo_subject (
    n         integer primary key,
    request   integer not null,   -- 77000000-...-0000000000NN
    weight    integer not null,
    en        text not null,
    fr        text not null,
    en_desc   text not null,
    fr_desc   text not null,
    ci_hint   text,               -- 'LAPTOP' (the client's laptop) or a CI's English name
    enterprise uuid               -- only for the clients of this enterprise (null: anyone)
);

insert into demo_subject (n, request, weight, en, fr, en_desc, fr_desc, ci_hint) values
 (1, 1, 4, 'Password expired, cannot log in', 'Mot de passe expiré, impossible de me connecter',
  'My password expired over the weekend and I cannot log in to my laptop anymore.',
  'Mon mot de passe a expiré pendant la fin de semaine et je ne peux plus ouvrir de session sur mon portable.', 'LAPTOP'),
 (2, 1, 3, 'Account locked after too many attempts', 'Compte verrouillé après trop de tentatives',
  'I typed my password wrong a few times and now my account is locked.',
  'J''ai mal tapé mon mot de passe quelques fois et mon compte est maintenant verrouillé.', null),
 (3, 1, 2, 'Forgot my Windows password', 'J''ai oublié mon mot de passe Windows',
  'Back from vacation and I cannot remember my password. Can you reset it?',
  'De retour de vacances, je ne me souviens plus de mon mot de passe. Pouvez-vous le réinitialiser ?', null),
 (4, 2, 2, 'Access to SAP ERP for the budget cycle', 'Accès à SAP ERP pour le cycle budgétaire',
  'I need read access to the cost centre reports in SAP for the upcoming budget cycle.',
  'J''ai besoin d''un accès en lecture aux rapports des centres de coûts dans SAP pour le prochain cycle budgétaire.', 'SAP ERP'),
 (5, 2, 2, 'Access to the shared Finance folder', 'Accès au dossier partagé Finances',
  'Please give me access to \\SRV-FILE-01\Finance, my manager agrees.',
  'Merci de me donner accès à \\SRV-FILE-01\Finances, mon gestionnaire est d''accord.', 'SRV-FILE-01'),
 (6, 2, 1, 'Access to the payroll application', 'Accès à l''application de paie',
  'I am the new payroll back-up for my department and need access to Nethris.',
  'Je suis la nouvelle personne-ressource de la paie de mon service et j''ai besoin d''accéder à Nethris.', 'Payroll (Nethris)'),
 (7, 3, 2, 'New laptop for a new analyst', 'Nouvel ordinateur portable pour une nouvelle analyste',
  'A new analyst joins my team in two weeks. She will need the standard laptop.',
  'Une nouvelle analyste se joint à mon équipe dans deux semaines. Il lui faudra le portable standard.', null),
 (8, 3, 2, 'Replace my five-year-old laptop', 'Remplacer mon ordinateur portable de cinq ans',
  'My laptop is five years old, very slow and the battery barely lasts an hour.',
  'Mon portable a cinq ans, il est très lent et la batterie tient à peine une heure.', 'LAPTOP'),
 (9, 3, 1, 'Laptop for a summer intern', 'Ordinateur portable pour un stagiaire d''été',
  'We welcome a summer intern on Monday; a loaner laptop would be enough.',
  'Nous accueillons un stagiaire d''été lundi ; un portable de prêt suffira.', null),
 (10, 4, 2, 'Install Adobe Acrobat Pro', 'Installer Adobe Acrobat Pro',
  'I need to edit and sign PDF contracts.', 'Je dois modifier et signer des contrats en PDF.', 'Adobe Acrobat Pro'),
 (11, 4, 1, 'Install Power BI Desktop', 'Installer Power BI Desktop',
  'For the monthly dashboards of my department.', 'Pour les tableaux de bord mensuels de mon service.', 'LAPTOP'),
 (12, 4, 1, 'Install Visio for process mapping', 'Installer Visio pour la cartographie des processus',
  'We are documenting our processes and need Visio.', 'Nous documentons nos processus et avons besoin de Visio.', 'LAPTOP'),
 (13, 5, 4, 'Outlook keeps crashing on startup', 'Outlook plante au démarrage',
  'Since this morning Outlook closes by itself a few seconds after opening.',
  'Depuis ce matin, Outlook se ferme tout seul quelques secondes après son ouverture.', 'Microsoft 365'),
 (14, 5, 3, 'Laptop screen flickers', 'L''écran de mon portable clignote',
  'The screen flickers constantly, especially when I move the lid.',
  'L''écran clignote sans arrêt, surtout quand je bouge le couvercle.', 'LAPTOP'),
 (15, 5, 3, 'Printer on the 3rd floor reports a paper jam', 'L''imprimante du 3e étage indique un bourrage papier',
  'The printer near the kitchen shows a paper jam but there is no paper stuck.',
  'L''imprimante près de la cuisinette indique un bourrage, mais aucune feuille n''est coincée.', null),
 (16, 5, 3, 'Cannot open files on the shared drive', 'Impossible d''ouvrir les fichiers du lecteur partagé',
  'Every Excel file on the S: drive says access denied.',
  'Tous les fichiers Excel du lecteur S: affichent « accès refusé ».', 'SRV-FILE-01'),
 (17, 5, 3, 'SAP ERP is very slow this morning', 'SAP ERP est très lent ce matin',
  'Every screen takes more than a minute to load in SAP.',
  'Chaque écran prend plus d''une minute à s''afficher dans SAP.', 'SAP ERP'),
 (18, 5, 2, 'Laptop battery drains in one hour', 'La batterie du portable se vide en une heure',
  'Fully charged in the morning, empty before my first meeting ends.',
  'Chargée à bloc le matin, vide avant la fin de ma première réunion.', 'LAPTOP'),
 (19, 5, 3, 'Teams calls drop after a few minutes', 'Les appels Teams coupent après quelques minutes',
  'Calls with clients drop after three to five minutes, video or not.',
  'Les appels avec les clients coupent après trois à cinq minutes, avec ou sans vidéo.', 'Microsoft 365'),
 (20, 5, 1, 'Intranet shows an error 500', 'L''intranet affiche une erreur 500',
  'The news page of the intranet shows "Internal Server Error".',
  'La page des nouvelles de l''intranet affiche « Internal Server Error ».', 'Intranet'),
 (21, 6, 3, 'No Wi-Fi in the main lobby', 'Pas de Wi-Fi dans le hall principal',
  'Visitors and staff cannot connect to the Wi-Fi in the lobby.',
  'Les visiteurs et le personnel ne peuvent pas se connecter au Wi-Fi dans le hall.', 'AP-LOBBY-01'),
 (22, 6, 3, 'VPN disconnects every 10 minutes', 'Le VPN se déconnecte toutes les 10 minutes',
  'Working from home, the VPN drops every ten minutes or so.',
  'En télétravail, le VPN décroche environ toutes les dix minutes.', 'VPN client (GlobalProtect)'),
 (23, 6, 2, 'Network outage on the 2nd floor', 'Panne réseau au 2e étage',
  'Nobody on the 2nd floor has network access since 9 a.m.',
  'Personne au 2e étage n''a accès au réseau depuis 9 h.', 'SW-FLOOR-02'),
 (24, 6, 2, 'Very slow Internet connection', 'Connexion Internet très lente',
  'Web pages take forever to load, for the whole team.',
  'Les pages Web sont très longues à s''afficher, pour toute l''équipe.', 'RTR-EDGE-01'),
 (25, 7, 1, 'Apply the latest support pack to SAP ERP', 'Appliquer le dernier support pack à SAP ERP',
  'The vendor recommends the latest support pack; it fixes the slow month-end reports.',
  'Le fournisseur recommande le dernier support pack ; il corrige la lenteur des rapports de fin de mois.', 'SAP ERP'),
 (26, 7, 1, 'Firewall rule for the new supplier portal', 'Règle de pare-feu pour le nouveau portail fournisseurs',
  'Open HTTPS from the Internet to SRV-WEB-02 for the supplier portal launch.',
  'Ouvrir le HTTPS depuis Internet vers SRV-WEB-02 pour le lancement du portail fournisseurs.', 'FW-01'),
 (27, 7, 1, 'Replace core switch SW-CORE-02', 'Remplacer le commutateur principal SW-CORE-02',
  'Its power supply is failing; replace it during the Sunday maintenance window.',
  'Son bloc d''alimentation est défaillant ; le remplacer pendant la plage de maintenance du dimanche.', 'SW-CORE-02'),
 (28, 7, 1, 'Increase disk space on SRV-DB-01', 'Augmenter l''espace disque de SRV-DB-01',
  'The data volume is 85 % full; add 500 GB.', 'Le volume de données est plein à 85 % ; ajouter 500 Go.', 'SRV-DB-01'),
 (29, 8, 2, 'New employee starting Monday in Finance', 'Nouvel employé en poste lundi aux Finances',
  'A new accountant starts Monday. Accounts, laptop and welcome session please.',
  'Un nouveau comptable commence lundi. Comptes, portable et séance d''accueil, s''il vous plaît.', null),
 (30, 8, 1, 'Onboarding of a new nurse manager', 'Accueil d''une nouvelle infirmière-chef',
  'Our new nurse manager starts on the 1st of next month.',
  'Notre nouvelle infirmière-chef entre en fonction le 1er du mois prochain.', null),
 (31, 8, 1, 'New field technician joining the team', 'Arrivée d''un nouveau technicien de terrain',
  'A wind-farm technician joins the Gaspé team; he will mostly work on the road.',
  'Un technicien de parc éolien se joint à l''équipe de Gaspé ; il travaillera surtout sur la route.', null),
 (32, 9, 1, 'Departure of an employee on Friday', 'Départ d''un employé vendredi',
  'An employee of my team leaves on Friday; please plan the usual steps.',
  'Un employé de mon équipe quitte vendredi ; merci de prévoir les étapes habituelles.', null),
 (33, 9, 1, 'End of contract for a consultant', 'Fin de contrat d''un consultant',
  'The contract of our ERP consultant ends at the end of the month.',
  'Le contrat de notre consultant ERP se termine à la fin du mois.', null),
 (34, 10, 2, 'Overtime missing on my last pay', 'Heures supplémentaires manquantes sur ma dernière paie',
  'The 6 hours of overtime I did two weeks ago are not on my pay stub.',
  'Les 6 heures supplémentaires faites il y a deux semaines ne figurent pas sur mon talon de paie.', null),
 (35, 10, 1, 'Question about my tax slips', 'Question sur mes relevés fiscaux',
  'The amount in box 14 of my T4 looks different from my last pay stub of the year.',
  'Le montant de la case A de mon relevé 1 semble différent de mon dernier talon de paie de l''année.', null),
 (36, 10, 1, 'Vacation balance looks wrong', 'Mon solde de vacances semble erroné',
  'My vacation balance shows 3 days, I should have 8 left.',
  'Mon solde de vacances indique 3 jours, il devrait m''en rester 8.', null),
 (37, 11, 1, 'Change of address', 'Changement d''adresse',
  'I moved last month, here is my new address.', 'J''ai déménagé le mois dernier, voici ma nouvelle adresse.', null),
 (38, 11, 1, 'Update my direct deposit information', 'Mettre à jour mes informations de dépôt direct',
  'I changed banks; I will drop off a void cheque this week.', 'J''ai changé de banque ; je vous apporte un spécimen de chèque cette semaine.', null),
 (39, 12, 2, 'Parking permit for lot P2', 'Permis de stationnement pour le stationnement P2',
  'I now drive to work and would like a permit for lot P2.',
  'Je viens maintenant travailler en voiture et je voudrais un permis pour le stationnement P2.', null),
 (40, 12, 1, 'Replace a lost parking card', 'Remplacer une carte de stationnement perdue',
  'I lost my parking card yesterday.', 'J''ai perdu ma carte de stationnement hier.', null),
 (41, 13, 1, 'Move four people to the 5th floor', 'Déménager quatre personnes au 5e étage',
  'The Finance team moves to the 5th floor next month.',
  'L''équipe des Finances déménage au 5e étage le mois prochain.', null),
 (42, 13, 1, 'Move my desk closer to my team', 'Déplacer mon poste près de mon équipe',
  'Since the reorganization I sit far from my team; a free desk is available next to them.',
  'Depuis la réorganisation, je suis loin de mon équipe ; un poste libre est disponible près d''eux.', null),
 (43, 14, 2, 'Air conditioning not working in room 402', 'La climatisation ne fonctionne pas dans la salle 402',
  'It is 29 °C in room 402 this afternoon.', 'Il fait 29 °C dans la salle 402 cet après-midi.', null),
 (44, 14, 1, 'Broken chair in the meeting room', 'Chaise brisée dans la salle de réunion',
  'One chair of the big meeting room has a broken armrest.',
  'Une chaise de la grande salle de réunion a un accoudoir brisé.', null),
 (45, 14, 1, 'Light out in the parking garage', 'Lumière éteinte dans le garage',
  'Two lights are out near the elevator in the garage, level P1.',
  'Deux lumières sont éteintes près de l''ascenseur du garage, niveau P1.', null),
 (46, 15, 1, 'Ergonomic assessment for back pain', 'Évaluation ergonomique pour des maux de dos',
  'I have back pain since we moved to the new desks.',
  'J''ai mal au dos depuis que nous avons changé de bureaux.', null),
 (47, 15, 1, 'Request for a standing desk', 'Demande de bureau assis-debout',
  'My doctor recommends a standing desk.', 'Mon médecin me recommande un bureau assis-debout.', null),
 (48, 5, 2, 'Cannot print from the EHR', 'Impossible d''imprimer depuis le DME',
  'Printing a patient summary from the EHR gives a blank page.',
  'L''impression d''un sommaire de patient depuis le DME donne une page blanche.', 'Electronic health record (EHR)'),
 (49, 5, 2, 'SCADA console does not refresh', 'La console SCADA ne se rafraîchit plus',
  'The wind-farm dashboard has been frozen on the same values since 6 a.m.',
  'Le tableau de bord des parcs éoliens affiche les mêmes valeurs depuis 6 h.', 'SCADA supervision');

update demo_subject set enterprise = '72000000-0000-4000-8000-000000000002' where n in (30, 48);
update demo_subject set enterprise = '72000000-0000-4000-8000-000000000003' where n in (31, 49);

-- The plan of the 300 tickets: who, what, when, in which state. Ticket 10001 is about 90 days old, 10300 is minutes old.
create temp table demo_plan as
with base as (
    select i, 10000 + i as seq,
           pg_temp.draw('client' || i) as r_client, pg_temp.draw('subject' || i) as r_subject,
           pg_temp.draw('priority' || i) as r_priority, pg_temp.draw('status' || i) as r_status,
           pg_temp.draw('origin' || i) as r_origin, pg_temp.draw('agent' || i) as r_agent,
           pg_temp.draw('time' || i) as r_time, pg_temp.draw('misc' || i) as r_misc,
           now() - interval '90 days' + (i - 1) * (interval '89 days' / 299) as day_base
    from generate_series(1, 300) i
), timed as (
    select b.*,
           least(date_trunc('day', day_base)
                   + case extract(isodow from day_base) when 6 then interval '2 days' when 7 then interval '1 day' else interval '0' end
                   + interval '8 hours' + (r_time % 570) * interval '1 minute',
                 now() - (301 - i) * interval '7 minutes') as created_on
    from base b
), subject_range as (
    select s.*, sum(weight) over (order by n) - weight as lo, sum(weight) over () as total from demo_subject s
), chosen as (
    select t.*, c.id as client_id, c.first_name as client_first, c.culture, c.portal, c.enterprise_id,
           s.n as subject, s.en, s.fr, s.en_desc, s.fr_desc, s.ci_hint,
           rf.id as request_id, rf.ticket_type_id, rf.service_id, cs.category_id, rf.default_queue_id as queue_id, q.code as queue_code,
           tt.code as type_code,
           extract(epoch from now() - t.created_on) / 86400 as age_days
    from timed t
    join subject_range s on t.r_subject % s.total >= s.lo and t.r_subject % s.total < s.lo + s.weight
    join lateral (select x.* from demo_client x
                  where s.enterprise is null or x.enterprise_id = s.enterprise
                  order by x.n
                  offset t.r_client % (select count(*) from demo_client y where s.enterprise is null or y.enterprise_id = s.enterprise)
                  limit 1) c on true
    join request_form rf on rf.id = ('77000000-0000-4000-8000-0000000000' || lpad(s.request::text, 2, '0'))::uuid
    join catalog_service cs on cs.id = rf.service_id
    join queue q on q.id = rf.default_queue_id
    join ticket_type tt on tt.id = rf.ticket_type_id
), statused as (
    select c.*,
           case when c.type_code = 'INCIDENT' and c.r_priority % 100 < 7 then 'P1'
                when c.r_priority % 100 < 27 then 'P2'
                when c.r_priority % 100 < 77 then 'P3'
                else 'P4' end as priority_code,
           case when age_days > 21 then
                     case when r_status % 100 < 88 then 'CLOSED' when r_status % 100 < 96 then 'CANCELLED'
                          when r_status % 100 < 98 then 'WAITING_THIRD_PARTY' else 'IN_PROGRESS' end
                when age_days > 7 then
                     case when r_status % 100 < 50 then 'CLOSED' when r_status % 100 < 65 then 'RESOLVED'
                          when r_status % 100 < 80 then 'IN_PROGRESS' when r_status % 100 < 90 then 'WAITING_CLIENT'
                          when r_status % 100 < 95 then 'WAITING_THIRD_PARTY' else 'CANCELLED' end
                else
                     case when r_status % 100 < 30 then 'NEW' when r_status % 100 < 65 then 'IN_PROGRESS'
                          when r_status % 100 < 77 then 'WAITING_CLIENT' when r_status % 100 < 82 then 'WAITING_THIRD_PARTY'
                          else 'RESOLVED' end
           end as status_code,
           case when portal then (case when r_origin % 100 < 60 then 'PORTAL' when r_origin % 100 < 85 then 'EMAIL' else 'PHONE' end)
                else (case when r_origin % 100 < 50 then 'EMAIL' when r_origin % 100 < 85 then 'PHONE' else 'CONSOLE' end) end as origin_code
    from chosen c
), assigned as (
    select s.*,
           case when s.status_code = 'NEW' and s.r_agent % 3 = 0 then null
                when s.queue_code = 'NETWORK' then (case when s.r_agent % 10 < 8 then 'agent.net' else 'agent.en' end)
                when s.queue_code = 'HR' then (case when s.r_agent % 10 < 8 then 'agent.hr' else 'agent.fr' end)
                when s.culture = 'fr-CA' then (case when s.r_agent % 10 < 6 then 'agent.fr' when s.r_agent % 10 < 8 then 'agent.net' else 'agent.en' end)
                else (case when s.r_agent % 10 < 6 then 'agent.en' when s.r_agent % 10 < 9 then 'agent.fr' else 'admin' end)
           end as agent_user,
           case s.priority_code when 'P1' then interval '4 hours' when 'P2' then interval '1 day'
                                when 'P3' then interval '3 days' else interval '5 days' end as due_after
    from statused s
), dated as (
    select a.*, ag.id as agent_id, ag.first_name as agent_first, ag.culture as agent_culture,
           a.created_on + a.due_after as due_date,
           case when a.agent_user is not null
                then least(a.created_on + (5 + a.r_time % 55) * interval '1 minute', now() - interval '2 minutes') end as first_assignation_date,
           -- resolved within 15 % to 120 % of the allowed time: about one ticket in six misses its due date
           case when a.status_code in ('RESOLVED', 'CLOSED')
                then least(a.created_on + a.due_after * (0.15 + (a.r_misc % 1000) / 1000.0 * 1.05), now() - interval '1 hour') end as resolution_date
    from assigned a
    left join demo_agent ag on ag.user_name = a.agent_user
)
select d.*,
       case when d.status_code not in ('NEW', 'CANCELLED') or (d.status_code = 'CANCELLED' and d.agent_user is not null)
            then least(d.first_assignation_date + (d.r_misc % 90) * interval '1 minute', coalesce(d.resolution_date, now()))
       end as response_date,
       case when d.status_code = 'CLOSED' then least(d.resolution_date + (2 + d.r_misc % 3) * interval '1 day', now() - interval '10 minutes')
            when d.status_code = 'CANCELLED' then least(d.created_on + (1 + d.r_misc % 3) * interval '1 day', now() - interval '10 minutes')
       end as closed_on,
       case when d.status_code in ('RESOLVED', 'CLOSED') then
                 case when d.r_misc % 10 < 6 then 'FIXED' when d.r_misc % 10 < 8 then 'WORKAROUND' else 'INFORMATION' end end as resolution_code,
       case when d.status_code = 'CLOSED' and d.r_client % 3 = 0 then
                 case when d.r_time % 10 = 0 then 2 when d.r_time % 10 < 3 then 3 when d.r_time % 10 < 6 then 4 else 5 end end as survey_rating
from dated d;

alter table demo_plan add column id uuid not null default gen_random_uuid();

insert into ticket (id, sequence_number, ticket_type_id, is_ticket, status_id, state_id, change_type_id, queue_id, origin_id,
                    priority_id, urgency_id, impact_id, enterprise_id, catalog_id, category_id, service_id, request_id,
                    summary, description, is_ready, due_date, response_date, first_assignation_date, taking_charge_date,
                    resolution_date, implementation_date, closed_on, closed_by, closing_reason_id, resolution_type_id,
                    technical_resolution, client_resolution, survey_rating, survey_comment, survey_completed_on,
                    created_by, created_on, last_modified_by, last_modified_on)
select p.id, p.seq, p.ticket_type_id, true, st.id,
       case when p.status_code = 'WAITING_THIRD_PARTY' then '30000000-0000-4000-8000-000000000071'::uuid
            when p.priority_code = 'P1' and p.status_code in ('NEW', 'IN_PROGRESS') then '30000000-0000-4000-8000-000000000072'::uuid end,
       case when p.type_code = 'CHANGE' then
                 (array['30000000-0000-4000-8000-000000000041', '30000000-0000-4000-8000-000000000042',
                        '30000000-0000-4000-8000-000000000042', '30000000-0000-4000-8000-000000000043'])[1 + p.r_misc % 4]::uuid end,
       p.queue_id, origin.id, priority.id,
       case p.priority_code when 'P1' then '30000000-0000-4000-8000-000000000011'::uuid when 'P2' then '30000000-0000-4000-8000-000000000011'::uuid
                            when 'P3' then '30000000-0000-4000-8000-000000000012'::uuid else '30000000-0000-4000-8000-000000000013'::uuid end,
       case p.priority_code when 'P1' then '30000000-0000-4000-8000-000000000021'::uuid when 'P2' then '30000000-0000-4000-8000-000000000022'::uuid
                            when 'P3' then '30000000-0000-4000-8000-000000000022'::uuid else '30000000-0000-4000-8000-000000000023'::uuid end,
       p.enterprise_id, '70000000-0000-4000-8000-000000000001', p.category_id, p.service_id, p.request_id,
       case when p.culture = 'fr-CA' then p.fr else p.en end,
       case when p.culture = 'fr-CA' then p.fr_desc else p.en_desc end,
       true, p.due_date, p.response_date, p.first_assignation_date, p.response_date,
       p.resolution_date,
       case when p.type_code = 'CHANGE' and p.resolution_date is not null then p.resolution_date end,
       p.closed_on,
       case when p.closed_on is not null then coalesce(p.agent_user, 'admin') end,
       case when p.status_code = 'CLOSED' then '30000000-0000-4000-8000-000000000051'::uuid
            when p.status_code = 'CANCELLED' and p.r_misc % 2 = 0 then '30000000-0000-4000-8000-000000000052'::uuid
            when p.status_code = 'CANCELLED' then '30000000-0000-4000-8000-000000000053'::uuid end,
       rt.id,
       case when p.resolution_code is null then null
            when p.agent_culture = 'fr-CA' then
                 (array['Vidé les identifiants en cache et réinitialisé le profil.',
                        'Remplacé la pièce défectueuse et testé avec le client.',
                        'Appliqué le changement de configuration et validé avec le client.',
                        'Accordé les droits dans Active Directory et confirmé l''accès.',
                        'Redémarré le service et surveillé pendant une heure : stable.'])[1 + p.r_time % 5]
            else (array['Cleared the cached credentials and reset the profile.',
                        'Replaced the faulty part and tested with the client.',
                        'Applied the configuration change and validated with the client.',
                        'Granted the rights in Active Directory and confirmed the access.',
                        'Restarted the service and monitored for an hour: stable.'])[1 + p.r_time % 5] end,
       case when p.resolution_code is null then null
            when p.culture = 'fr-CA' then
                 case p.resolution_code
                      when 'FIXED' then 'Le problème est réglé. N''hésitez pas à nous écrire s''il se reproduit.'
                      when 'WORKAROUND' then 'Une solution de contournement est en place en attendant le correctif permanent du fournisseur.'
                      else 'Nous vous avons transmis l''information demandée ; voir notre réponse ci-dessus.' end
            else case p.resolution_code
                      when 'FIXED' then 'The issue is fixed. Do not hesitate to write to us if it happens again.'
                      when 'WORKAROUND' then 'A workaround is in place while we wait for the vendor''s permanent fix.'
                      else 'We sent you the information you asked for; see our answer above.' end end,
       p.survey_rating,
       case when p.survey_rating is null or p.r_agent % 2 = 0 then null
            when p.culture = 'fr-CA' then
                 case when p.survey_rating >= 5 then 'Service rapide et courtois, merci !'
                      when p.survey_rating = 4 then 'Réglé rapidement, merci.'
                      else 'Un peu long, mais le résultat est bon.' end
            else case when p.survey_rating >= 5 then 'Fast and friendly service, thank you!'
                      when p.survey_rating = 4 then 'Solved quickly, thanks.'
                      else 'Took a while, but the result is good.' end end,
       case when p.survey_rating is not null then p.closed_on + interval '3 hours' end,
       'demo', p.created_on, 'demo',
       greatest(p.created_on, p.response_date, p.resolution_date, p.closed_on)
from demo_plan p
join ticket_status st on st.code = p.status_code
join lookup_value origin on origin.kind = 'ORIGIN' and origin.code = p.origin_code
join lookup_value priority on priority.kind = 'PRIORITY' and priority.code = p.priority_code
left join lookup_value rt on rt.kind = 'RESOLUTION_TYPE' and rt.code = p.resolution_code
order by p.seq;

insert into ticket_client (id, ticket_id, client_id, is_principal)
select gen_random_uuid(), p.id, p.client_id, true from demo_plan p;

-- About one ticket in ten has a colleague in copy.
insert into ticket_client (id, ticket_id, client_id, is_principal)
select gen_random_uuid(), p.id, other.id, false
from demo_plan p
join lateral (select c.id from demo_client c where c.enterprise_id = p.enterprise_id and c.id <> p.client_id
              order by md5(c.id::text || p.seq) limit 1) other on true
where p.r_misc % 10 = 3;

insert into ticket_assignee (id, ticket_id, resource_id, is_principal, email_sent, assigned_on)
select gen_random_uuid(), p.id, p.agent_id, true, true, p.first_assignation_date
from demo_plan p where p.agent_id is not null;

-- The CI the ticket is about: the client's own laptop, or the named server, switch or application.
insert into ticket_ci (ticket_id, ci_id)
select p.id, ci.id
from demo_plan p
join lateral (select x.id from configuration_item x
              where (p.ci_hint = 'LAPTOP' and x.owner_client_id = p.client_id)
                 or (p.ci_hint <> 'LAPTOP' and x.english_name = p.ci_hint and x.ci_folder_id::text like '7b000000-%')
              limit 1) ci on true
where p.ci_hint is not null;

-- Custom field values of the forms that have a section.
insert into field_value (id, owner_kind, owner_id, definition_id, section_id, text_value, last_modified_by, last_modified_on)
select gen_random_uuid(), 'TICKET', p.id, '7a500000-0000-4000-8000-000000000003'::uuid, '7a600000-0000-4000-8000-000000000002'::uuid,
       coalesce(p.ci_hint, 'SAP ERP'), 'demo', p.created_on
from demo_plan p where p.request_id = '77000000-0000-4000-8000-000000000002'
union all
select gen_random_uuid(), 'TICKET', p.id, '7a500000-0000-4000-8000-000000000002'::uuid,
       case p.request_id when '77000000-0000-4000-8000-000000000002' then '7a600000-0000-4000-8000-000000000002'::uuid
                         else '7a600000-0000-4000-8000-000000000001'::uuid end,
       case when p.culture = 'fr-CA' then p.fr_desc else p.en_desc end, 'demo', p.created_on
from demo_plan p where p.request_id in ('77000000-0000-4000-8000-000000000002', '77000000-0000-4000-8000-000000000003');

-- Communications --------------------------------------------------------------------------------------------------------
-- E-mailed requests start with the client's e-mail.
insert into ticket_communication (id, ticket_id, author_client_id, is_public, channel, subject, body, created_on)
select gen_random_uuid(), p.id, p.client_id, true, 'EMAIL',
       case when p.culture = 'fr-CA' then p.fr else p.en end,
       case when p.culture = 'fr-CA' then 'Bonjour,' || E'\n\n' || p.fr_desc || E'\n\nMerci,\n' || p.client_first
            else 'Hello,' || E'\n\n' || p.en_desc || E'\n\nThanks,\n' || p.client_first end,
       p.created_on
from demo_plan p where p.origin_code = 'EMAIL';

-- The agent's first answer.
insert into ticket_communication (id, ticket_id, author_resource_id, is_public, channel, body, created_on)
select gen_random_uuid(), p.id, p.agent_id, true, 'CONSOLE',
       format(case when p.culture = 'fr-CA' then
                 (array['Bonjour %s, merci pour votre demande. Je m''en occupe et je vous reviens rapidement.',
                        'Bonjour %s, nous avons bien reçu votre demande. Je regarde cela dès maintenant.',
                        'Bonjour %s, je prends votre demande en charge. Je vous tiens au courant.'])[1 + p.r_time % 3]
            else (array['Hello %s, thank you for your request. I am looking into it and will get back to you shortly.',
                        'Hi %s, we received your request. I am on it.',
                        'Hello %s, I am taking care of your request and will keep you posted.'])[1 + p.r_time % 3] end,
              p.client_first)
         || E'\n\n' || p.agent_first,
       p.response_date
from demo_plan p where p.response_date is not null;

-- Internal notes between agents (never shown to the client).
insert into ticket_communication (id, ticket_id, author_resource_id, is_public, channel, body, created_on)
select gen_random_uuid(), p.id, p.agent_id, false, 'CONSOLE',
       case when p.agent_culture = 'fr-CA' then
                 (array['Vérifié les journaux d''événements : rien d''évident, je poursuis l''analyse.',
                        'Appelé le client, impossible de reproduire le problème au téléphone.',
                        'Problème connu, voir l''article de la base de connaissances du fournisseur.',
                        'En attente de la pièce chez le fournisseur, livraison prévue dans deux jours.',
                        'Demandé à l''équipe réseau de vérifier le port du commutateur.'])[1 + p.r_misc % 5]
            else (array['Checked the event logs: nothing obvious, continuing the analysis.',
                        'Called the client, could not reproduce the issue over the phone.',
                        'Known issue, see the vendor''s knowledge base article.',
                        'Waiting for the part from the supplier, expected in two days.',
                        'Asked the network team to check the switch port.'])[1 + p.r_misc % 5] end,
       greatest(p.response_date,
                least(p.response_date + (30 + p.r_agent % 240) * interval '1 minute', coalesce(p.resolution_date, now()) - interval '5 minutes'))
from demo_plan p
where p.response_date is not null and p.status_code <> 'CANCELLED' and p.r_agent % 10 < 7;

-- Waiting tickets: the question to the client.
insert into ticket_communication (id, ticket_id, author_resource_id, is_public, channel, body, created_on)
select gen_random_uuid(), p.id, p.agent_id, true, 'CONSOLE',
       case when p.status_code = 'WAITING_THIRD_PARTY' then
                 case when p.culture = 'fr-CA' then 'Nous attendons la réponse du fournisseur ; nous vous revenons dès que nous l''avons.'
                      else 'We are waiting for the vendor''s answer and will get back to you as soon as we have it.' end
            when p.culture = 'fr-CA' then
                 (array['Pourriez-vous nous envoyer une capture d''écran du message d''erreur ?',
                        'Quand seriez-vous disponible pour une prise en main à distance ?',
                        'Pouvez-vous nous confirmer l''approbation de votre gestionnaire ?'])[1 + p.r_misc % 3]
            else (array['Could you send us a screenshot of the error message?',
                        'When would you be available for a remote session?',
                        'Can you confirm your manager''s approval?'])[1 + p.r_misc % 3] end,
       greatest(p.response_date, least(p.response_date + interval '2 hours', now() - interval '1 minute'))
from demo_plan p where p.status_code in ('WAITING_CLIENT', 'WAITING_THIRD_PARTY') and p.response_date is not null;

-- Resolved tickets: the agent's answer, and often the client's thanks.
insert into ticket_communication (id, ticket_id, author_resource_id, is_public, channel, body, created_on)
select gen_random_uuid(), p.id, p.agent_id, true, 'CONSOLE', t.client_resolution, p.resolution_date
from demo_plan p join ticket t on t.id = p.id
where p.resolution_date is not null and p.agent_id is not null;

insert into ticket_communication (id, ticket_id, author_client_id, is_public, channel, body, created_on)
select gen_random_uuid(), p.id, p.client_id, true, case when p.portal then 'PORTAL' else 'EMAIL' end,
       case when p.culture = 'fr-CA' then (array['Merci, ça fonctionne maintenant !', 'Parfait, merci beaucoup.', 'Merci pour la rapidité !'])[1 + p.r_time % 3]
            else (array['Thanks, it works now!', 'Perfect, thank you very much.', 'Thanks for the quick help!'])[1 + p.r_time % 3] end,
       least(p.resolution_date + (20 + p.r_time % 300) * interval '1 minute', now() - interval '2 minutes')
from demo_plan p
where p.resolution_date is not null and p.r_status % 10 < 4;

-- History of assignments and status changes ---------------------------------------------------------------------------
insert into ticket_history (id, ticket_id, changed_by, changed_on, field_name, old_value, new_value)
select gen_random_uuid(), p.id, coalesce(p.agent_user, 'admin'), h.changed_on, h.field_name, h.old_value, h.new_value
from demo_plan p
cross join lateral (values
    ('Assignee', null::text, p.agent_user, p.first_assignation_date, p.agent_user is not null),
    ('Status', 'NEW', 'IN_PROGRESS', p.response_date,
        p.response_date is not null),
    ('Status', 'IN_PROGRESS', p.status_code, greatest(p.response_date, least(p.response_date + interval '2 hours', now() - interval '1 minute')),
        p.status_code in ('WAITING_CLIENT', 'WAITING_THIRD_PARTY') and p.response_date is not null),
    ('Status', 'IN_PROGRESS', 'RESOLVED', p.resolution_date, p.resolution_date is not null),
    ('Status', 'RESOLVED', 'CLOSED', p.closed_on, p.status_code = 'CLOSED'),
    ('Status', case when p.response_date is not null then 'IN_PROGRESS' else 'NEW' end, 'CANCELLED', p.closed_on, p.status_code = 'CANCELLED')
) as h (field_name, old_value, new_value, changed_on, applies)
where h.applies;

-- Workflow tasks of the tickets whose request has task templates ----------------------------------------------------------
-- Done tickets have all their tasks done (or cancelled); open ones are somewhere along their workflow.
-- A task's life is a slice of its ticket's: from the ticket's creation to its resolution (or to now while it is open).
create temp table demo_task as
select p.id as parent_id, p.seq as parent_seq, p.status_code as parent_status, p.created_on as parent_created,
       coalesce(p.resolution_date, p.closed_on) as parent_done, p.culture, p.enterprise_id, p.category_id, p.service_id, p.request_id,
       p.priority_code, p.r_misc, rt.step, rt.is_blocking, rt.sort_order, tt.id as template_id, tt.english_name, tt.french_name,
       tt.default_queue_id, q.code as queue_code,
       max(rt.step) over (partition by p.id) as max_step,
       row_number() over (order by p.seq, rt.step, rt.sort_order) as n
from demo_plan p
join request_task rt on rt.request_id = p.request_id
join task_template tt on tt.id = rt.task_template_id
join queue q on q.id = tt.default_queue_id;

alter table demo_task add column id uuid not null default gen_random_uuid();
alter table demo_task add column current_step integer;
alter table demo_task add column status_code text;
alter table demo_task add column started_on timestamptz;
alter table demo_task add column done_on timestamptz;
update demo_task set current_step = case when parent_done is not null then max_step
                                         when parent_status = 'NEW' then 1
                                         else 1 + r_misc % max_step end;
update demo_task set status_code =
    case when parent_status in ('RESOLVED', 'CLOSED') then 'CLOSED'
         when parent_status = 'CANCELLED' then 'CANCELLED'
         when step < current_step then 'CLOSED'
         when step = current_step and parent_status <> 'NEW' then 'IN_PROGRESS'
         else 'NEW' end;
update demo_task set
    started_on = case when status_code in ('IN_PROGRESS', 'CLOSED') then
                      least(parent_created + (coalesce(parent_done, now()) - parent_created) * ((step - 1)::float / current_step)
                                           + interval '5 minutes', now() - interval '1 minute') end,
    done_on = case when status_code = 'CLOSED' then
                   least(parent_created + (coalesce(parent_done, now()) - parent_created) * (step::float / current_step),
                         now() - interval '1 minute')
                   when status_code = 'CANCELLED' then parent_done end;

insert into ticket (id, sequence_number, ticket_type_id, is_ticket, status_id, queue_id, priority_id, enterprise_id,
                    catalog_id, category_id, service_id, request_id, summary, parent_ticket_id, task_template_id, workflow_step,
                    is_ready, is_blocking, first_assignation_date, taking_charge_date, resolution_date, closed_on, closed_by,
                    created_by, created_on, last_modified_by, last_modified_on)
select t.id, 10300 + t.n, 'e2609e13-0d39-4223-88a5-7090637706ee', false, st.id, t.default_queue_id, pr.id, t.enterprise_id,
       '70000000-0000-4000-8000-000000000001', t.category_id, t.service_id, t.request_id,
       case when t.culture = 'fr-CA' then t.french_name else t.english_name end,
       t.parent_id, t.template_id, t.step,
       t.step <= t.current_step, t.is_blocking,
       t.started_on, t.started_on,
       case when t.status_code = 'CLOSED' then t.done_on end,
       t.done_on,
       case when t.done_on is not null then 'demo' end,
       'demo', t.parent_created + interval '1 minute', 'demo',
       coalesce(t.done_on, t.started_on, t.parent_created + interval '1 minute')
from demo_task t
join ticket_status st on st.code = t.status_code
join lookup_value pr on pr.kind = 'PRIORITY' and pr.code = t.priority_code
order by t.n;

-- Tasks that started have an assignee: the network queue's, the HR queue's or a service desk agent.
insert into ticket_assignee (id, ticket_id, resource_id, is_principal, email_sent, assigned_on)
select gen_random_uuid(), t.id, a.id, true, true, t.started_on
from demo_task t
join demo_agent a on a.user_name = case when t.queue_code = 'NETWORK' then 'agent.net'
                                         when t.queue_code = 'HR' then 'agent.hr'
                                         when t.culture = 'fr-CA' then 'agent.fr' else 'agent.en' end
where t.started_on is not null;

-- closed_by of the tasks: their assignee.
update ticket t set closed_by = r.user_name
from ticket_assignee ta join resource r on r.id = ta.resource_id
where ta.ticket_id = t.id and ta.is_principal and t.is_ticket = false and t.closed_by = 'demo';

drop table demo_task;
drop table demo_plan;
drop table demo_subject;
drop table demo_agent;
drop table demo_client;
drop function pg_temp.draw(text);

-- Business numbers continue after the ones used above ----------------------------------------------------------------------
select setval('ticket_number_seq', greatest((select max(sequence_number) from ticket), 13000));
select setval('client_number_seq', greatest((select max(sequence_number) from client), 1000));
select setval('resource_number_seq', greatest((select max(sequence_number) from resource), 100));
select setval('ci_number_seq', greatest((select max(ci_number) from configuration_item), 100));
select setval('enterprise_number_seq', greatest((select max(sequence_number) from enterprise), 10));
select setval('object_number_seq', greatest((select max(sequence_number) from field_section),
                                            (select max(sequence_number) from configuration_item), 1000));
