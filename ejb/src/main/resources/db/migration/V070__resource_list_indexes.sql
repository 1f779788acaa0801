-- The console's resource list (branch console): name order and prefix searches, as V003 does for clients, so a page
-- reads an index range whatever the number of resources.
create index resource_name_keyset_idx on resource ((lower(last_name)) collate "C", (lower(first_name)) collate "C", id);
create index resource_full_name_prefix_idx on resource (lower(first_name || ' ' || last_name) text_pattern_ops);
create index resource_user_name_prefix_idx on resource (lower(user_name) text_pattern_ops);
create index resource_email_prefix_idx on resource (lower(email_address) text_pattern_ops);
