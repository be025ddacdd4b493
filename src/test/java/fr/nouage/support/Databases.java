package fr.nouage.support;

import java.io.IOException;
import java.io.UncheckedIOException;


import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The PostgreSQL server of the integration tests (H2 is the default, see {@link NouageIT}). */
public final class Databases {

    private static EmbeddedPostgres postgres;

    private Databases() {
    }

    /** JDBC URL of the shared server's {@code postgres} database (user {@code postgres}, no password). */
    public static String postgresUrl() {
        return postgresServer().getJdbcUrl("postgres", "postgres");
    }

    /** The embedded PostgreSQL server shared by every {@link OnPostgres} test of the run. */
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
