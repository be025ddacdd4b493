package fr.nouage.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

import fr.nouage.platform.session.QuietSessionRepository.QuietSession;

/** A page view that changes nothing in its session writes nothing, not even an empty transaction. */
class QuietSessionRepositoryTest {

    private final JdbcTemplate database;
    private final AtomicInteger transactions = new AtomicInteger();
    private final QuietSessionRepository sessions;

    QuietSessionRepositoryTest() {
        InMemorySessionStore store = new InMemorySessionStore("quiet");
        database = store.database;
        TransactionTemplate writes = new TransactionTemplate(store.transactions);
        TransactionOperations counted = new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                transactions.incrementAndGet();
                return writes.execute(action);
            }
        };
        sessions = store.repository(counted);
    }

    private String stored() {
        QuietSession session = sessions.createSession();
        session.setAttribute("notice", "saved");
        sessions.save(session);
        transactions.set(0);
        return session.getId();
    }

    @Test
    void aNewSessionIsSavedInOneTransaction() {
        QuietSession session = sessions.createSession();
        sessions.save(session);

        assertThat(transactions).hasValue(1);
        assertThat(database.queryForObject("select count(*) from spring_session", Integer.class)).isEqualTo(1);
    }

    @Test
    void aSessionReadAndLeftUnchangedIsNotSaved() {
        String id = stored();
        QuietSession read = sessions.findById(id);
        read.setLastAccessedTime(read.getLastAccessedTime().plusSeconds(30));
        assertThat((String) read.getAttribute("notice")).isEqualTo("saved");

        sessions.save(read);
        sessions.save(read);

        assertThat(transactions).hasValue(0);
    }

    @Test
    void aChangedSessionIsSavedOnce() {
        String id = stored();
        QuietSession read = sessions.findById(id);
        read.setAttribute("notice", "changed");

        sessions.save(read);
        sessions.save(read);

        assertThat(transactions).hasValue(1);
        assertThat((String) sessions.findById(id).getAttribute("notice")).isEqualTo("changed");
    }

    @Test
    void anAccessAfterTheIntervalIsSaved() {
        String id = stored();
        QuietSession read = sessions.findById(id);
        Instant later = read.getLastAccessedTime().plus(Duration.ofMinutes(2));
        read.setLastAccessedTime(later);

        sessions.save(read);

        assertThat(transactions).hasValue(1);
        assertThat(sessions.findById(id).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void aDeletionRunsInATransaction() {
        String id = stored();

        sessions.deleteById(id);

        assertThat(transactions).hasValue(1);
        assertThat(sessions.findById(id)).isNull();
    }
}
