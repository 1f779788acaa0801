-- Indexes for the C2 API's List calls (Clients/List, CI/List): keyset paging over each sort, and prefix search.
-- The ticket list needs none: V001's ticket indexes serve its sorts and filters.
--
-- Names are sorted and searched lower-cased in the "C" collation (code point order): then one btree answers both the
-- sort and a prefix search ("begins with": lower(name) collate "C" like 'abc%' is the range ['abc', 'abd')), whatever
-- the database's own collation. The other prefix searches use text_pattern_ops, the operator class that answers LIKE
-- under every collation. No extension is needed (pg_trgm would also find words inside a name, but needs a superuser
-- to install on some hosts).

-- Clients ----------------------------------------------------------------------------------------------------------
-- Sort "LastName": (last name, first name, id) > (?, ?, ?); Text: the beginning of the last name.
create index client_name_keyset_idx on client ((lower(last_name)) collate "C", (lower(first_name)) collate "C", id);
-- Sort "LastModifiedOn", either direction.
create index client_modified_idx on client (last_modified_on, id);
-- Text: the beginning of "first last" (so of the first name too), of the e-mail address, of the user name.
create index client_full_name_prefix_idx on client (lower(first_name || ' ' || last_name) text_pattern_ops);
create index client_email_prefix_idx on client (lower(email_address) text_pattern_ops);
create index client_user_name_prefix_idx on client (lower(user_name) text_pattern_ops);

-- Configuration items ----------------------------------------------------------------------------------------------
-- Sort "Name" (the English name): (name, id) > (?, ?); Text: the beginning of the English name.
-- "CINumber" uses the unique ci_number index.
create index ci_name_keyset_idx on configuration_item ((lower(english_name)) collate "C", id);
-- Sort "LastModifiedOn", either direction.
create index ci_modified_idx on configuration_item (last_modified_on, id);
-- Text: the beginning of the French name.
create index ci_french_name_prefix_idx on configuration_item (lower(french_name) text_pattern_ops);
