-- Forgotten portal passwords: a client asks for a reset, receives a link by e-mail, and sets a new password with it.
-- Only the SHA-256 of each link's token is kept (the token is 256 random bits, so a fast digest is right, as for API
-- tokens); a link works once (used_on) and until expires_on.
create table password_reset (
    id          uuid primary key,
    client_id   uuid        not null references client (id) on delete cascade,
    token_hash  varchar(64) not null unique,
    created_on  timestamptz not null default now(),
    expires_on  timestamptz not null,
    used_on     timestamptz
);
create index password_reset_client_idx on password_reset (client_id, created_on);
