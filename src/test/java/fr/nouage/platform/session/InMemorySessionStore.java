package fr.nouage.platform.session;

import java.time.Duration;

import org.h2.jdbcx.JdbcDataSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/** Spring Session's tables in a new in-memory H2 database, and the quiet store over them as the platform builds it. */
final class InMemorySessionStore {

    final JdbcTemplate database;
    final DataSourceTransactionManager transactions;

    InMemorySessionStore(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/session/jdbc/schema-h2.sql"))
                .execute(dataSource);
        database = new JdbcTemplate(dataSource);
        transactions = new DataSourceTransactionManager(dataSource);
    }

    /** The store, its saves and deletions run through {@code writes}. */
    QuietSessionRepository repository(TransactionOperations writes) {
        return new QuietSessionRepository(new JdbcIndexedSessionRepository(database,
                WebSessionConfiguration.joinOnly(transactions)), Duration.ofMinutes(1), writes);
    }

    /** The store, its saves and deletions in a transaction each, as in the platform. */
    QuietSessionRepository repository() {
        return repository(new TransactionTemplate(transactions));
    }
}
