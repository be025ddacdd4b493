-- The write generation and its scopes are gone: pages are rendered at each request and read
-- caches have a short time to live (README, configuration).
drop table write_scope;
drop table write_generation;
