-- Spring Modulith's event publication registry (schema v2), so that no event between modules is
-- lost on a crash. Written once for H2 (PostgreSQL mode) and PostgreSQL.
create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar(100000) not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_listener on event_publication (listener_id);
