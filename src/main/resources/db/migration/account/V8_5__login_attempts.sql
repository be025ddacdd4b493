-- Failed sign-ins counted per account and per address, shared by every instance of the
-- application: a key (kind and SHA-256 of the e-mail or the address, never the text itself), the
-- start of its window and the failures counted in it. Rows whose window has passed are deleted.
create table login_attempt (
    attempt_key   varchar(80) not null primary key,
    window_start  timestamp with time zone not null,
    failures      integer not null
);
create index login_attempt_window on login_attempt (window_start);
