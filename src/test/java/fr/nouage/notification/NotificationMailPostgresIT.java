package fr.nouage.notification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.nouage.support.Databases;

/**
 * Convocations, notifications and digests on PostgreSQL (the claims and upserts as production runs
 * them), on a database of their own in the shared embedded server.
 */
class NotificationMailPostgresIT extends NotificationMailTests {

    private static final String DATABASE = "nouage_mail";
    private static String url;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", NotificationMailPostgresIT::url);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    private static synchronized String url() {
        if (url == null) {
            String server = Databases.postgresUrl();
            try (Connection connection = DriverManager.getConnection(server, "postgres", "");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + DATABASE);
                statement.execute("create database " + DATABASE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            url = server.replaceFirst("/postgres(\\?|$)", "/" + DATABASE + "$1");
        }
        return url;
    }
}
