package fr.nouage.account.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh in-memory H2 database holding only the table of sign-in failures, for unit tests. */
final class ThrottleDatabase {

    private static final String MIGRATION = "/db/migration/account/V8_5__login_attempts.sql";

    private ThrottleDatabase() {
    }

    static JdbcClient inMemory() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:throttle-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try (InputStream in = ThrottleDatabase.class.getResourceAsStream(MIGRATION)) {
            for (String statement : new String(in.readAllBytes(), StandardCharsets.UTF_8).split(";")) {
                String sql = statement.lines().filter(l -> !l.strip().startsWith("--"))
                        .collect(java.util.stream.Collectors.joining("\n")).strip();
                if (!sql.isEmpty()) {
                    jdbc.sql(sql).update();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jdbc;
    }
}
