package fr.nouage.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.FilterChain;

import fr.nouage.platform.session.QuietSessionRepository.QuietSession;

/** A request reads its session from the database once, and only that request reuses it. */
class RequestSessionMemoTest {

    private final JdbcTemplate database;
    private final QuietSessionRepository sessions;
    private final String id;

    RequestSessionMemoTest() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:memo-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        new ResourceDatabasePopulator(new ClassPathResource("org/springframework/session/jdbc/schema-h2.sql"))
                .execute(dataSource);
        database = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        sessions = new QuietSessionRepository(new JdbcIndexedSessionRepository(database, transactions),
                Duration.ofMinutes(1), transactions);
        QuietSession session = sessions.createSession();
        session.setAttribute("notice", "saved");
        sessions.save(session);
        id = session.getId();
    }

    private void inOneRequest(FilterChain work) throws Exception {
        new RequestSessionMemo().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), work);
    }

    @Test
    void aSecondReadingInTheSameRequestDoesNotGoBackToTheDatabase() throws Exception {
        AtomicBoolean checked = new AtomicBoolean();
        inOneRequest((request, response) -> {
            QuietSession first = sessions.findById(id);
            database.update("delete from spring_session");
            assertThat(sessions.findById(id)).isSameAs(first);
            checked.set(true);
        });
        assertThat(checked).isTrue();
    }

    @Test
    void theNextRequestReadsTheDatabaseAgain() throws Exception {
        inOneRequest((request, response) -> assertThat(sessions.findById(id)).isNotNull());
        database.update("update spring_session_attributes set attribute_bytes = ? where attribute_name = 'notice'",
                (Object) new org.springframework.core.serializer.DefaultSerializer().serializeToByteArray("changed"));

        inOneRequest((request, response) -> assertThat((String) sessions.findById(id).getAttribute("notice"))
                .isEqualTo("changed"));
    }

    @Test
    void aSessionDeletedDuringTheRequestIsNotAnsweredAgain() throws Exception {
        inOneRequest((request, response) -> {
            assertThat(sessions.findById(id)).isNotNull();
            sessions.deleteById(id);
            assertThat(sessions.findById(id)).isNull();
        });
    }

    @Test
    void anotherSessionIsReadFromTheDatabase() throws Exception {
        QuietSession other = sessions.createSession();
        sessions.save(other);
        inOneRequest((request, response) -> {
            assertThat(sessions.findById(id).getId()).isEqualTo(id);
            assertThat(sessions.findById(other.getId()).getId()).isEqualTo(other.getId());
        });
    }
}
