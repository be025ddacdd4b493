-- The creations asked with an Idempotency-Key header, per caller: the same key sent again by the same
-- caller with the same request is answered with the stored response instead of creating twice.
-- status is null while the first request runs. Rows are kept one day (fr.nouage.platform.web.IdempotentCreations).
create table api_idempotency_key (
    caller        varchar(320) not null,
    idem_key      varchar(200) not null,
    request_hash  varchar(64)  not null,
    status        integer,
    location      varchar(2000),
    content_type  varchar(200),
    body          varchar(100000),
    created_at    timestamp with time zone not null,
    primary key (caller, idem_key)
);
create index api_idempotency_key_created on api_idempotency_key (created_at);
