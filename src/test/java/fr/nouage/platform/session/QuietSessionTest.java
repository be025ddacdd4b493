package fr.nouage.platform.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.session.MapSession;

import fr.nouage.platform.session.QuietSessionRepository.QuietSession;

class QuietSessionTest {

    private static final Instant STORED_ACCESS = Instant.parse("2027-01-14T17:00:00Z");

    private final MapSession stored = new MapSession();
    private final QuietSession session = new QuietSession(stored, Duration.ofMinutes(1));

    QuietSessionTest() {
        stored.setLastAccessedTime(STORED_ACCESS);
    }

    @Test
    void anAccessWithinTheIntervalLeavesTheStoredTimeAlone() {
        session.setLastAccessedTime(STORED_ACCESS.plusSeconds(59));

        assertThat(stored.getLastAccessedTime()).isEqualTo(STORED_ACCESS);
    }

    @Test
    void anAccessAfterTheIntervalMovesItForward() {
        session.setLastAccessedTime(STORED_ACCESS.plusSeconds(60));

        assertThat(stored.getLastAccessedTime()).isEqualTo(STORED_ACCESS.plusSeconds(60));
    }

    @Test
    void attributesGoToTheStoredSession() {
        session.setAttribute("notice", "saved");

        assertThat((String) stored.getAttribute("notice")).isEqualTo("saved");
        assertThat(session.getId()).isEqualTo(stored.getId());
    }
}
