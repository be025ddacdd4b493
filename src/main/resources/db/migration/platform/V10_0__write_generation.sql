-- One counter moved after every transaction that wrote data, by whichever instance ran it: each
-- instance reads it a few times a second and forgets the pages and values it kept when it moves.
create table write_generation (
    id integer primary key,
    n bigint not null
);
insert into write_generation (id, n) values (1, 0);
