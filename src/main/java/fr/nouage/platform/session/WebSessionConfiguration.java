package fr.nouage.platform.session;

import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.annotation.web.http.SpringHttpSessionConfiguration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Web sessions in the database (table {@code spring_session}), shared by every instance, written
 * only when they change or when their last access is more than a minute old (see
 * {@link QuietSessionRepository}). Replaces Spring Boot's own JDBC session configuration, which
 * would write the session row at every request.
 */
@Configuration(proxyBeanMethods = false)
@Import(SpringHttpSessionConfiguration.class)
class WebSessionConfiguration {

    @Bean
    QuietSessionRepository webSessionRepository(DataSource dataSource, PlatformTransactionManager transactions,
            @Value("${spring.session.timeout:2h}") Duration timeout,
            @Value("${spring.session.jdbc.cleanup-cron:0 */10 * * * *}") String cleanupCron,
            @Value("${nouage.session.access-write-interval:PT1M}") Duration accessWriteInterval) {
        JdbcIndexedSessionRepository jdbc = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                joinOnly(transactions));
        jdbc.setDefaultMaxInactiveInterval(timeout);
        jdbc.setCleanupCron(cleanupCron);
        jdbc.setIndexResolver(new SignedInPrincipalIndexResolver());
        jdbc.setCreateSessionAttributeQuery(attributeUpsert(dataSource));
        ClassLoader loader = WebSessionConfiguration.class.getClassLoader();
        GenericConversionService conversion = new GenericConversionService();
        conversion.addConverter(Object.class, byte[].class, new SerializingConverter());
        conversion.addConverter(byte[].class, Object.class, new SessionAttributeReader(loader, 10_000, timeout));
        jdbc.setConversionService(conversion);
        return new QuietSessionRepository(jdbc, accessWriteInterval, new TransactionTemplate(transactions));
    }

    /**
     * The transactions of the JDBC store: none of its own. A reading is one statement, run without a
     * transaction (a transaction costs a second round trip to PostgreSQL at every request); saves and
     * deletions join the one the quiet store wraps them in.
     */
    static TransactionTemplate joinOnly(PlatformTransactionManager transactions) {
        TransactionTemplate joinOnly = new TransactionTemplate(transactions);
        joinOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        return joinOnly;
    }

    /** Keeps the session a request read for the rest of that request (see {@link RequestSessionMemo}). */
    @Bean
    FilterRegistrationBean<RequestSessionMemo> requestSessionMemo() {
        FilterRegistrationBean<RequestSessionMemo> registration = new FilterRegistrationBean<>(new RequestSessionMemo());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
        return registration;
    }

    /**
     * The statement that adds an attribute to a session, replacing the one of that name if it is
     * already there. Two requests of one session that start together (two tabs opened at once just
     * after signing in, or a page and its HTMX calls) may each add the same attribute, e.g. the CSRF
     * token created on first use: a plain insert made the second one fail with a server error.
     */
    private static String attributeUpsert(DataSource dataSource) {
        String product = databaseProduct(dataSource);
        if (product.equals("H2")) {
            return """
                    MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                    KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
                    """;
        }
        return """
                INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
                VALUES (?, ?, ?)
                ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME)
                DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
                """;
    }

    private static String databaseProduct(DataSource dataSource) {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        } catch (MetaDataAccessException e) {
            throw new IllegalStateException("the database of the web sessions cannot be identified", e);
        }
    }
}
