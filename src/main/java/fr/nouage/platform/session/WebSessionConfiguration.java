package fr.nouage.platform.session;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Web sessions in the database (table {@code spring_session}), shared by every instance, through
 * Spring Boot's JDBC session with its defaults. One change: a session attribute is added with an
 * upsert. Two requests of one session that start together (two tabs opened at once just after
 * signing in, or a page and its HTMX calls) may each add the same attribute, e.g. the CSRF token
 * created on first use: a plain insert made the second one fail with a server error.
 */
@Configuration(proxyBeanMethods = false)
class WebSessionConfiguration {

    private static final String H2_UPSERT = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert(DataSource dataSource) {
        if ("H2".equals(databaseProduct(dataSource))) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT);
        }
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    private static String databaseProduct(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("the database of the web sessions cannot be identified", e);
        }
    }
}
