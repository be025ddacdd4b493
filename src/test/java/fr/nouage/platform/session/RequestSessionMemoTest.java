package fr.nouage.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;

import fr.nouage.platform.session.QuietSessionRepository.QuietSession;

/** A request reads its session from the database once, and only that request reuses it. */
class RequestSessionMemoTest {

    private final JdbcTemplate database;
    private final QuietSessionRepository sessions;
    private final String id;

    RequestSessionMemoTest() {
        InMemorySessionStore store = new InMemorySessionStore("memo");
        database = store.database;
        sessions = store.repository();
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
