-- Each territory's path today, kept for the cross-territory view; deleted when a module reports a change
create table observatory_snapshot (
    territory_siren  varchar(9)   primary key,
    computed_on      date         not null,
    states           varchar(600) not null,
    alerts           integer      not null,
    respondents      integer      not null,
    computed_at      timestamp with time zone not null
);
