-- The value of write_generation at the last write made for each territory alone (scope: its SIREN)
-- or for all of them (scope '*'): an instance that sees the counter move reads which scopes moved,
-- and keeps the pages of the other territories.
create table write_scope (
    scope varchar(20) primary key,
    n bigint not null
);
create index write_scope_n on write_scope (n);
