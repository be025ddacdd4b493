package fr.nouage.support;

/** An integration test on the default in-memory H2 database (PostgreSQL mode). */
public abstract class IntegrationTest extends NouageIT {
}
