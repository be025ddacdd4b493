package fr.nouage.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** An integration test on an in-memory H2 database (PostgreSQL mode). */
public abstract class IntegrationTest extends NouageIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Databases.h2(registry);
    }
}
