-- Personal API tokens for the REST API /api/v1: a resource (or an administrator for it) creates, lists and revokes
-- them. Only a digest of each token is kept.
--
-- token_hash is the SHA-256 of the token, in lower-case hex. A fast, unsalted hash is right here (unlike passwords):
-- tokens are 256 random bits, so there is nothing to guess or pre-compute, and a fast digest lets every API call look
-- its token up by index.
create table api_token (
    id            uuid primary key,
    resource_id   uuid         not null references resource (id) on delete cascade,
    name          varchar(100) not null,
    token_hash    varchar(64)  not null unique,
    -- The first characters of the token ("c2d_" and 8 more), shown in lists so a person can tell tokens apart.
    token_prefix  varchar(12)  not null,
    created_on    timestamptz  not null default now(),
    -- Updated at most once a minute, not on every call.
    last_used_on  timestamptz,
    expires_on    timestamptz,
    revoked_on    timestamptz
);
create index api_token_resource_idx on api_token (resource_id, created_on);
