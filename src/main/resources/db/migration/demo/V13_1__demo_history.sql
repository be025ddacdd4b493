-- The demonstration territories whose fictitious history was written (demo profile only): written
-- once, never twice, even when the application starts again on the same database.
create table demo_history (
    territory_siren  varchar(9) primary key,
    written_at       timestamp with time zone not null
);
