package fr.nouage.archive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import fr.nouage.support.Databases;

/** Mortagne's archive written on H2 and read into a fresh database of the PostgreSQL server. */
class TerritoryArchiveH2IT extends TerritoryArchiveContract {

    @Override
    DataSource otherDatabase() {
        String name = "archive_" + UUID.randomUUID().toString().replace("-", "");
        String server = Databases.postgresUrl();
        try (Connection c = DriverManager.getConnection(server)) {
            c.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        DataSource database = new DriverManagerDataSource(server.replace("/postgres?", "/" + name + "?"));
        return migrated(database);
    }

    static DataSource migrated(DataSource database) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").outOfOrder(true).load().migrate();
        return database;
    }
}
