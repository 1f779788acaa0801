-- C2 Desk schema, version 1. PostgreSQL only: one dialect for development, tests and production.
-- Conventions: uuid keys (the C2 API speaks GUIDs), bilingual names as english_name/french_name,
-- optimistic locking through a version column on every aggregate that people edit concurrently,
-- business numbers (ticket, client, CI...) from database sequences so they stay unique across server instances.

-- Business numbers -----------------------------------------------------------------------------
create sequence ticket_number_seq start with 1000;
create sequence client_number_seq start with 1;
create sequence resource_number_seq start with 1;
create sequence ci_number_seq start with 1;
create sequence enterprise_number_seq start with 1;
-- One shared counter for the catalogue-like objects the API shows a "SequenceNumber" for (sections, CIs...).
create sequence object_number_seq start with 1;

-- Reference data ---------------------------------------------------------------------------------
create table country (
    id            uuid primary key,
    iso_code      varchar(2)   not null unique,
    english_name  varchar(100) not null,
    french_name   varchar(100) not null
);

-- Small bilingual lists that tickets and CIs point at: priority, urgency, impact, origin, ticket state,
-- change type, closing reason, resolution type, CI relation type... One table, one shape, told apart by kind.
create table lookup_value (
    id            uuid primary key,
    kind          varchar(40)  not null,
    code          varchar(60)  not null,
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    sort_order    integer      not null default 0,
    color         varchar(9),
    is_active     boolean      not null default true,
    unique (kind, code)
);
create index lookup_value_kind_idx on lookup_value (kind, sort_order);

create table ticket_type (
    id            uuid primary key,
    code          varchar(40)  not null unique,
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    is_task       boolean      not null default false,
    sort_order    integer      not null default 0,
    is_active     boolean      not null default true
);

-- A status belongs to one of the life-cycle phases the product reasons about (open, waiting, resolved, closed).
create table ticket_status (
    id            uuid primary key,
    code          varchar(40)  not null unique,
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    phase         varchar(20)  not null check (phase in ('NEW', 'OPEN', 'WAITING', 'RESOLVED', 'CLOSED', 'CANCELLED')),
    sort_order    integer      not null default 0,
    color         varchar(9),
    is_active     boolean      not null default true
);

-- Allowed status changes; a status with no outgoing row may go anywhere (the console enforces the graph).
create table ticket_status_transition (
    from_status_id uuid not null references ticket_status (id),
    to_status_id   uuid not null references ticket_status (id),
    primary key (from_status_id, to_status_id)
);

create table resource_state (
    id               uuid primary key,
    code             varchar(60)  not null unique,
    english_name     varchar(200) not null,
    french_name      varchar(200) not null,
    color            varchar(9),
    is_assignable    boolean      not null default true,
    sort_order       integer      not null default 0,
    is_active        boolean      not null default true
);

-- Companies, departments ------------------------------------------------------------------------
create table enterprise (
    id               uuid primary key,
    sequence_number  bigint       not null unique default nextval('enterprise_number_seq'),
    name             varchar(200) not null,
    default_culture  varchar(5)   not null default 'en-US' check (default_culture in ('en-US', 'fr-CA')),
    email_domain     varchar(200),
    is_active        boolean      not null default true,
    created_by       varchar(200) not null,
    created_on       timestamptz  not null default now(),
    last_modified_by varchar(200) not null,
    last_modified_on timestamptz  not null default now(),
    version          bigint       not null default 0
);
create unique index enterprise_name_uq on enterprise (lower(name));

-- Departments filter the service catalogue (IT, HR, finance, facilities...).
create table department (
    id            uuid primary key,
    code          varchar(40)  not null unique,
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    is_active     boolean      not null default true
);

-- Queues and security ---------------------------------------------------------------------------
create table queue (
    id            uuid primary key,
    code          varchar(60)  not null unique,
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    email_address varchar(254),
    is_active     boolean      not null default true,
    version       bigint       not null default 0
);

create table resource (
    id                   uuid primary key,
    sequence_number      bigint       not null unique default nextval('resource_number_seq'),
    user_name            varchar(200) not null,
    first_name           varchar(100) not null,
    last_name            varchar(100) not null,
    email_address        varchar(254),
    office_phone         varchar(40),
    mobile_phone         varchar(40),
    -- Jakarta Security Pbkdf2PasswordHash format (algorithm:iterations:salt:hash); null means "cannot sign in with a password".
    password_hash        varchar(400),
    enterprise_id        uuid         not null references enterprise (id),
    resource_state_id    uuid         references resource_state (id),
    preferred_culture    varchar(5)   not null default 'en-US' check (preferred_culture in ('en-US', 'fr-CA')),
    is_active            boolean      not null default true,
    failed_login_count   integer      not null default 0,
    locked_until         timestamptz,
    last_login_on        timestamptz,
    created_by           varchar(200) not null,
    created_on           timestamptz  not null default now(),
    last_modified_by     varchar(200) not null,
    last_modified_on     timestamptz  not null default now(),
    version              bigint       not null default 0
);
create unique index resource_user_name_uq on resource (lower(user_name));
create index resource_enterprise_idx on resource (enterprise_id);

create table security_group (
    id            uuid primary key,
    code          varchar(60)  not null unique,
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    -- The Admin group holds every right and can be neither edited nor deleted.
    is_system     boolean      not null default false,
    is_active     boolean      not null default true,
    version       bigint       not null default 0
);

create table group_member (
    group_id      uuid not null references security_group (id) on delete cascade,
    resource_id   uuid not null references resource (id) on delete cascade,
    primary key (group_id, resource_id)
);
create index group_member_resource_idx on group_member (resource_id);

-- Feature permissions, by name (see org.c2desk.security.Permission).
create table group_permission (
    group_id      uuid        not null references security_group (id) on delete cascade,
    permission    varchar(60) not null,
    primary key (group_id, permission)
);

create table group_queue (
    group_id      uuid not null references security_group (id) on delete cascade,
    queue_id      uuid not null references queue (id) on delete cascade,
    primary key (group_id, queue_id)
);

-- Which enterprises a group's members may see; none listed means every enterprise.
create table group_enterprise (
    group_id      uuid not null references security_group (id) on delete cascade,
    enterprise_id uuid not null references enterprise (id) on delete cascade,
    primary key (group_id, enterprise_id)
);

-- Which other groups a group's members see (for assignment pickers).
create table group_visible_group (
    group_id         uuid not null references security_group (id) on delete cascade,
    visible_group_id uuid not null references security_group (id) on delete cascade,
    primary key (group_id, visible_group_id)
);

create table email_template (
    id              uuid primary key,
    code            varchar(60)   not null unique,
    english_subject varchar(300)  not null,
    french_subject  varchar(300)  not null,
    english_body    text          not null,
    french_body     text          not null,
    is_active       boolean       not null default true,
    version         bigint        not null default 0
);

create table group_email_template (
    group_id          uuid not null references security_group (id) on delete cascade,
    email_template_id uuid not null references email_template (id) on delete cascade,
    primary key (group_id, email_template_id)
);

-- Clients (requestors) ---------------------------------------------------------------------------
create table client (
    id                   uuid primary key,
    sequence_number      bigint       not null unique default nextval('client_number_seq'),
    first_name           varchar(100) not null,
    last_name            varchar(100) not null,
    email_address        varchar(254),
    office_phone         varchar(40),
    mobile_phone         varchar(40),
    street_name          varchar(300),
    city                 varchar(100),
    postal_code          varchar(20),
    country_id           uuid         references country (id),
    gender               varchar(1)   check (gender in ('M', 'F')),
    preferred_culture    varchar(5)   not null default 'en-US' check (preferred_culture in ('en-US', 'fr-CA')),
    department_id        uuid         references department (id),
    has_portal_access    boolean      not null default false,
    user_name            varchar(200),
    password_hash        varchar(400),
    -- May this client follow the requests of their whole enterprise in the portal?
    sees_enterprise_tickets boolean   not null default false,
    is_active            boolean      not null default true,
    external_id          varchar(200),
    search_field1        varchar(200),
    search_field2        varchar(200),
    failed_login_count   integer      not null default 0,
    locked_until         timestamptz,
    last_login_on        timestamptz,
    created_by           varchar(200) not null,
    created_on           timestamptz  not null default now(),
    last_modified_by     varchar(200) not null,
    last_modified_on     timestamptz  not null default now(),
    version              bigint       not null default 0,
    check (not has_portal_access or user_name is not null)
);
create unique index client_user_name_uq on client (lower(user_name)) where user_name is not null;
create unique index client_external_id_uq on client (external_id) where external_id is not null;
create index client_email_idx on client (lower(email_address));
create index client_name_idx on client (lower(last_name), lower(first_name));

create table client_enterprise (
    client_id     uuid    not null references client (id) on delete cascade,
    enterprise_id uuid    not null references enterprise (id),
    is_primary    boolean not null default false,
    primary key (client_id, enterprise_id)
);
create index client_enterprise_enterprise_idx on client_enterprise (enterprise_id);

-- Custom fields: one mechanism for tickets, clients and CIs -----------------------------------
create table field_list (
    id            uuid primary key,
    code          varchar(60)  not null unique,
    english_name  varchar(200) not null,
    french_name   varchar(200) not null
);

create table field_list_item (
    id            uuid primary key,
    list_id       uuid         not null references field_list (id) on delete cascade,
    value         varchar(200) not null,
    english_text  varchar(200) not null,
    french_text   varchar(200) not null,
    sort_order    integer      not null default 0,
    is_active     boolean      not null default true,
    unique (list_id, value)
);

-- field_type codes follow the C2 API's DefinitionType (see org.c2desk.customfield.FieldType).
create table field_definition (
    id                       uuid primary key,
    sequence_number          integer      not null unique,
    field_type               smallint     not null,
    english_name             varchar(200) not null,
    french_name              varchar(200) not null,
    english_description      varchar(1000),
    french_description       varchar(1000),
    options                  jsonb,
    list_id                  uuid         references field_list (id),
    max_length               integer,
    input_mask               varchar(100),
    nb_lines_height          integer,
    is_required              boolean      not null default false,
    is_read_only             boolean      not null default false,
    is_read_only_if_has_value boolean     not null default false,
    is_secured               boolean      not null default false,
    is_encrypted             boolean      not null default false,
    has_html_support         boolean      not null default false,
    is_active                boolean      not null default true,
    created_by               varchar(200) not null,
    created_on               timestamptz  not null default now(),
    last_modified_by         varchar(200) not null,
    last_modified_on         timestamptz  not null default now(),
    version                  bigint       not null default 0,
    check (field_type <> 9 or list_id is not null)
);

-- A form is where sections are laid out: a request form (tickets), the client form, a CI type's form.
create table field_section (
    id                     uuid primary key,
    sequence_number        bigint       not null unique default nextval('object_number_seq'),
    form_kind              varchar(20)  not null check (form_kind in ('REQUEST', 'CLIENT', 'CI')),
    -- The request or CI type the section belongs to; null for the form shared by every object of the kind.
    form_id                uuid,
    english_name           varchar(200) not null,
    french_name            varchar(200) not null,
    english_description    varchar(1000) not null default '',
    french_description     varchar(1000) not null default '',
    sort_order             integer      not null default 0,
    is_public              boolean      not null default true,
    visible_if_definition_id uuid       references field_definition (id),
    visible_if_value       varchar(200),
    image_path             varchar(300),
    is_active              boolean      not null default true,
    created_by             varchar(200) not null,
    created_on             timestamptz  not null default now(),
    last_modified_by       varchar(200) not null,
    last_modified_on       timestamptz  not null default now(),
    version                bigint       not null default 0
);
create index field_section_form_idx on field_section (form_kind, form_id, sort_order);

create table field_row (
    id           uuid primary key,
    section_id   uuid    not null references field_section (id) on delete cascade,
    sort_order   integer not null default 0
);
create index field_row_section_idx on field_row (section_id, sort_order);

create table field_cell (
    id            uuid primary key,
    row_id        uuid    not null references field_row (id) on delete cascade,
    definition_id uuid    not null references field_definition (id),
    sort_order    integer not null default 0,
    -- Per-form overrides of the definition's rules (null: the definition decides).
    is_required   boolean,
    is_read_only  boolean,
    is_portal_visible boolean not null default true
);
create index field_cell_row_idx on field_cell (row_id, sort_order);
create index field_cell_definition_idx on field_cell (definition_id);

-- Values are stored typed; exactly the column of the definition's type is set.
create table field_value (
    id              uuid primary key,
    owner_kind      varchar(10)  not null check (owner_kind in ('TICKET', 'CLIENT', 'CI')),
    owner_id        uuid         not null,
    definition_id   uuid         not null references field_definition (id),
    section_id      uuid         references field_section (id),
    text_value      text,
    decimal_value   numeric(24, 6),
    integer_value   bigint,
    datetime_value  timestamptz,
    date_value      date,
    boolean_value   boolean,
    reference_id    uuid,
    -- Values of definitions flagged "encrypted" are kept here encrypted instead of in text_value.
    encrypted_value bytea,
    last_modified_by varchar(200) not null,
    last_modified_on timestamptz  not null default now(),
    unique (owner_kind, owner_id, definition_id)
);
create index field_value_definition_idx on field_value (definition_id);

-- Service catalogue -----------------------------------------------------------------------------
create table catalog (
    id                  uuid primary key,
    code                varchar(60)  not null unique,
    english_name        varchar(200) not null,
    french_name         varchar(200) not null,
    english_description varchar(2000) not null default '',
    french_description  varchar(2000) not null default '',
    is_active           boolean      not null default true,
    version             bigint       not null default 0
);

-- Catalogues an enterprise's clients can open requests from.
create table catalog_enterprise (
    catalog_id    uuid not null references catalog (id) on delete cascade,
    enterprise_id uuid not null references enterprise (id) on delete cascade,
    primary key (catalog_id, enterprise_id)
);

create table category (
    id                  uuid primary key,
    catalog_id          uuid         not null references catalog (id),
    department_id       uuid         references department (id),
    english_name        varchar(200) not null,
    french_name         varchar(200) not null,
    english_description varchar(2000) not null default '',
    french_description  varchar(2000) not null default '',
    image_path          varchar(300),
    sort_order          integer      not null default 0,
    is_active           boolean      not null default true,
    version             bigint       not null default 0
);
create index category_catalog_idx on category (catalog_id, sort_order);

create table catalog_service (
    id                  uuid primary key,
    category_id         uuid         not null references category (id),
    english_name        varchar(200) not null,
    french_name         varchar(200) not null,
    english_description varchar(2000) not null default '',
    french_description  varchar(2000) not null default '',
    image_path          varchar(300),
    sort_order          integer      not null default 0,
    is_active           boolean      not null default true,
    version             bigint       not null default 0
);
create index catalog_service_category_idx on catalog_service (category_id, sort_order);

create table task_template (
    id                  uuid primary key,
    english_name        varchar(200) not null,
    french_name         varchar(200) not null,
    english_description text         not null default '',
    french_description  text         not null default '',
    ticket_type_id      uuid         not null references ticket_type (id),
    default_queue_id    uuid         references queue (id),
    estimated_minutes   integer      not null default 0,
    is_approval         boolean      not null default false,
    is_active           boolean      not null default true,
    version             bigint       not null default 0
);

-- A request is a form of the catalogue: what a client asks for, with its custom fields and workflow.
create table request_form (
    id                  uuid primary key,
    service_id          uuid         not null references catalog_service (id),
    ticket_type_id      uuid         not null references ticket_type (id),
    english_name        varchar(200) not null,
    french_name         varchar(200) not null,
    english_description varchar(2000) not null default '',
    french_description  varchar(2000) not null default '',
    image_path          varchar(300),
    default_queue_id    uuid         references queue (id),
    default_priority_id uuid         references lookup_value (id),
    is_description_section_visible boolean not null default true,
    is_draft_allowed    boolean      not null default false,
    is_portal_visible   boolean      not null default true,
    sort_order          integer      not null default 0,
    is_active           boolean      not null default true,
    version             bigint       not null default 0
);
create index request_form_service_idx on request_form (service_id, sort_order);

-- The request's workflow: task templates in steps; tasks of one step start when the blocking ones before them are done.
create table request_task (
    id               uuid primary key,
    request_id       uuid    not null references request_form (id) on delete cascade,
    task_template_id uuid    not null references task_template (id),
    step             integer not null default 1,
    is_blocking      boolean not null default true,
    sort_order       integer not null default 0
);
create index request_task_request_idx on request_task (request_id, step, sort_order);

-- CMDB -------------------------------------------------------------------------------------------
create table ci_folder (
    id            uuid primary key,
    parent_id     uuid         references ci_folder (id),
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    is_active     boolean      not null default true
);

create table ci_category (
    id            uuid primary key,
    prefix        varchar(20),
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    image_path    varchar(300),
    is_active     boolean      not null default true
);

create table ci_type (
    id            uuid primary key,
    category_id   uuid         references ci_category (id),
    english_name  varchar(200) not null,
    french_name   varchar(200) not null,
    is_active     boolean      not null default true
);

create table ci_state (
    id               uuid primary key,
    code             varchar(60)  not null unique,
    english_name     varchar(200) not null,
    french_name      varchar(200) not null,
    text_color       varchar(9),
    background_color varchar(9),
    english_message  varchar(500),
    french_message   varchar(500),
    sort_order       integer      not null default 0,
    is_active        boolean      not null default true
);

create table configuration_item (
    id                  uuid primary key,
    ci_number           bigint        not null unique default nextval('ci_number_seq'),
    sequence_number     bigint        not null unique default nextval('object_number_seq'),
    ci_folder_id        uuid          not null references ci_folder (id),
    category_id         uuid          not null references ci_category (id),
    ci_type_id          uuid          references ci_type (id),
    state_id            uuid          references ci_state (id),
    owner_client_id     uuid          references client (id),
    english_name        varchar(200)  not null,
    french_name         varchar(200)  not null,
    english_description varchar(4000) not null default '',
    french_description  varchar(4000) not null default '',
    tags                varchar(1000) not null default '',
    image_path          varchar(300),
    external_id         varchar(200),
    is_active           boolean       not null default true,
    created_by          varchar(200)  not null,
    created_on          timestamptz   not null default now(),
    last_modified_by    varchar(200)  not null,
    last_modified_on    timestamptz   not null default now(),
    version             bigint        not null default 0
);
create index ci_folder_idx on configuration_item (ci_folder_id);
create index ci_category_idx on configuration_item (category_id);
create index ci_type_idx on configuration_item (ci_type_id);
create index ci_owner_idx on configuration_item (owner_client_id);
create index ci_name_idx on configuration_item (ci_folder_id, lower(english_name));
create unique index ci_external_id_uq on configuration_item (external_id) where external_id is not null;

create table ci_relation (
    id               uuid primary key,
    from_ci_id       uuid not null references configuration_item (id) on delete cascade,
    to_ci_id         uuid not null references configuration_item (id) on delete cascade,
    relation_type_id uuid not null references lookup_value (id),
    created_by       varchar(200) not null,
    created_on       timestamptz  not null default now(),
    unique (from_ci_id, to_ci_id, relation_type_id),
    check (from_ci_id <> to_ci_id)
);
create index ci_relation_to_idx on ci_relation (to_ci_id);

create table ci_client (
    ci_id     uuid not null references configuration_item (id) on delete cascade,
    client_id uuid not null references client (id) on delete cascade,
    primary key (ci_id, client_id)
);
create index ci_client_client_idx on ci_client (client_id);

create table ci_enterprise (
    ci_id         uuid not null references configuration_item (id) on delete cascade,
    enterprise_id uuid not null references enterprise (id) on delete cascade,
    primary key (ci_id, enterprise_id)
);
create index ci_enterprise_enterprise_idx on ci_enterprise (enterprise_id);

-- Tickets ----------------------------------------------------------------------------------------
create table ticket (
    id                      uuid primary key,
    sequence_number         bigint       not null unique default nextval('ticket_number_seq'),
    ticket_type_id          uuid         not null references ticket_type (id),
    -- false for the tasks of a workflow, true for what a client asked (the API's IsTicket)
    is_ticket               boolean      not null default true,
    status_id               uuid         not null references ticket_status (id),
    state_id                uuid         references lookup_value (id),
    change_type_id          uuid         references lookup_value (id),
    queue_id                uuid         references queue (id),
    origin_id               uuid         references lookup_value (id),
    priority_id             uuid         references lookup_value (id),
    urgency_id              uuid         references lookup_value (id),
    impact_id               uuid         references lookup_value (id),
    enterprise_id           uuid         not null references enterprise (id),
    catalog_id              uuid         references catalog (id),
    category_id             uuid         references category (id),
    service_id              uuid         references catalog_service (id),
    request_id              uuid         references request_form (id),
    summary                 varchar(500) not null,
    description             text,
    parent_ticket_id        uuid         references ticket (id),
    task_template_id        uuid         references task_template (id),
    workflow_step           integer,
    is_ready                boolean      not null default true,
    is_blocking             boolean      not null default false,
    is_draft                boolean      not null default false,
    external_id             varchar(200),
    due_date                timestamptz,
    response_date           timestamptz,
    first_assignation_date  timestamptz,
    taking_charge_date      timestamptz,
    resolution_date         timestamptz,
    implementation_date     timestamptz,
    reactivation_date       timestamptz,
    closed_on               timestamptz,
    closed_by               varchar(200),
    closing_reason_id       uuid         references lookup_value (id),
    resolution_type_id      uuid         references lookup_value (id),
    technical_resolution    text,
    client_resolution       text,
    cost                    numeric(14, 2) not null default 0,
    price                   numeric(14, 2) not null default 0,
    survey_rating           smallint     check (survey_rating between 1 and 5),
    survey_comment          varchar(2000),
    survey_completed_on     timestamptz,
    created_by              varchar(200) not null,
    created_on              timestamptz  not null default now(),
    last_modified_by        varchar(200) not null,
    last_modified_on        timestamptz  not null default now(),
    version                 bigint       not null default 0,
    -- Full-text search over summary and description; language-neutral so English and French both match.
    search_vector           tsvector generated always as (
                                to_tsvector('simple', coalesce(summary, '') || ' ' || coalesce(description, ''))) stored
);
create index ticket_search_idx on ticket using gin (search_vector);
-- Keyset paging and the console's ready-made views read these.
create index ticket_modified_idx on ticket (last_modified_on desc, id);
create index ticket_created_idx on ticket (created_on desc, id);
create index ticket_status_idx on ticket (status_id, last_modified_on desc);
create index ticket_queue_idx on ticket (queue_id, last_modified_on desc);
create index ticket_enterprise_idx on ticket (enterprise_id, last_modified_on desc);
create index ticket_due_idx on ticket (due_date) where closed_on is null;
create index ticket_parent_idx on ticket (parent_ticket_id) where parent_ticket_id is not null;
create unique index ticket_external_id_uq on ticket (external_id) where external_id is not null;

create table ticket_client (
    id          uuid primary key,
    ticket_id   uuid    not null references ticket (id) on delete cascade,
    client_id   uuid    not null references client (id),
    is_principal boolean not null default false,
    unique (ticket_id, client_id)
);
create index ticket_client_client_idx on ticket_client (client_id, ticket_id);

create table ticket_assignee (
    id           uuid primary key,
    ticket_id    uuid     not null references ticket (id) on delete cascade,
    resource_id  uuid     not null references resource (id),
    is_principal boolean  not null default false,
    email_sent   boolean  not null default false,
    assigned_on  timestamptz not null default now(),
    unique (ticket_id, resource_id)
);
create index ticket_assignee_resource_idx on ticket_assignee (resource_id, ticket_id);

-- Resources involved in a ticket without being its assignees (the API's "Resources").
create table ticket_resource (
    ticket_id   uuid not null references ticket (id) on delete cascade,
    resource_id uuid not null references resource (id),
    primary key (ticket_id, resource_id)
);

create table ticket_group (
    ticket_id uuid not null references ticket (id) on delete cascade,
    group_id  uuid not null references security_group (id),
    primary key (ticket_id, group_id)
);

create table ticket_ci (
    ticket_id uuid not null references ticket (id) on delete cascade,
    ci_id     uuid not null references configuration_item (id),
    primary key (ticket_id, ci_id)
);
create index ticket_ci_ci_idx on ticket_ci (ci_id);

create table ticket_communication (
    id                 uuid primary key,
    ticket_id          uuid         not null references ticket (id) on delete cascade,
    author_resource_id uuid         references resource (id),
    author_client_id   uuid         references client (id),
    -- Public communications reach the client; internal notes never leave the console.
    is_public          boolean      not null,
    channel            varchar(20)  not null check (channel in ('CONSOLE', 'PORTAL', 'EMAIL', 'API', 'SYSTEM')),
    subject            varchar(500),
    body               text         not null,
    created_on         timestamptz  not null default now(),
    search_vector      tsvector generated always as (to_tsvector('simple', coalesce(subject, '') || ' ' || body)) stored,
    check (author_resource_id is null or author_client_id is null)
);
create index ticket_communication_ticket_idx on ticket_communication (ticket_id, created_on);
create index ticket_communication_search_idx on ticket_communication using gin (search_vector);

-- Attachments live in the database so every server instance of a cluster sees them.
create table attachment (
    id               uuid primary key,
    owner_kind       varchar(10)  not null check (owner_kind in ('TICKET', 'CLIENT', 'CI')),
    owner_id         uuid         not null,
    communication_id uuid         references ticket_communication (id) on delete cascade,
    file_name        varchar(255) not null,
    content_type     varchar(200) not null,
    size_bytes       bigint       not null check (size_bytes >= 0),
    sha256           varchar(64)  not null,
    is_public        boolean      not null default true,
    created_by       varchar(200) not null,
    created_on       timestamptz  not null default now()
);
create index attachment_owner_idx on attachment (owner_kind, owner_id);

create table attachment_content (
    attachment_id uuid  primary key references attachment (id) on delete cascade,
    content       bytea not null
);

-- Who changed what on a ticket, field by field.
create table ticket_history (
    id          uuid primary key,
    ticket_id   uuid         not null references ticket (id) on delete cascade,
    changed_by  varchar(200) not null,
    changed_on  timestamptz  not null default now(),
    field_name  varchar(100) not null,
    old_value   text,
    new_value   text
);
create index ticket_history_ticket_idx on ticket_history (ticket_id, changed_on);

-- Application settings that administrators change at run time (portal texts, limits...).
create table app_setting (
    key              varchar(200) primary key,
    value            text,
    last_modified_by varchar(200) not null,
    last_modified_on timestamptz  not null default now()
);
