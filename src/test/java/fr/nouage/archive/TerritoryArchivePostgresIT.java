package fr.nouage.archive;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import fr.nouage.support.OnPostgres;

/** Mortagne's archive written on PostgreSQL and read into a fresh in-memory H2 database. */
@OnPostgres
class TerritoryArchivePostgresIT extends TerritoryArchiveContract {

    @Override
    DataSource otherDatabase() {
        return TerritoryArchiveH2IT.migrated(new DriverManagerDataSource("jdbc:h2:mem:archive-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", ""));
    }
}
