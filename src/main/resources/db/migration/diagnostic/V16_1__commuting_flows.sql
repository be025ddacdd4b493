-- Commuting flows imported from INSEE files, per territory and vintage (the census year). An import
-- replaces the flows of its vintage for its territory as a whole.
create table diag_flow_import (
    territory_siren   varchar(9)   not null references territory (siren),
    vintage           integer      not null,
    format            varchar(20)  not null, -- BASE_FLUX, MOBPRO
    lines_kept        integer      not null,
    lines_skipped     integer      not null,
    first_skipped     bigint       not null,
    file_name         varchar(255),
    imported_at       timestamp with time zone not null,
    imported_by       varchar(200),
    primary key (territory_siren, vintage)
);

-- Actives living in origin and working in destination (INSEE codes, arrondissements folded into
-- their commune), summed with their decimals; only pairs touching a commune of the territory.
create table diag_flow (
    territory_siren   varchar(9)     not null,
    vintage           integer        not null,
    origin            varchar(5)     not null,
    destination       varchar(5)     not null,
    flow              numeric(20, 8) not null,
    primary key (territory_siren, vintage, origin, destination),
    foreign key (territory_siren, vintage) references diag_flow_import (territory_siren, vintage)
);
