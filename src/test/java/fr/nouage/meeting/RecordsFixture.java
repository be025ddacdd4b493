package fr.nouage.meeting;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.support.ApiClient;

/** Meetings, items and sessions for the tests of the meeting records, each on a day of its own. */
final class RecordsFixture {

    /** Days ahead of the next meeting or session: far from other tests, inside the calendar feed's window. */
    private static final AtomicInteger DAY = new AtomicInteger(420);

    private RecordsFixture() {
    }

    static LocalDateTime nextDay(int hour) {
        return LocalDateTime.now().plusDays(DAY.incrementAndGet()).withHour(hour).withMinute(0).withSecond(0)
                .withNano(0);
    }

    /** A meeting of the territory's collective planned through the API on a day of its own; returns its id. */
    static long meeting(ApiClient organiser, String siren) {
        return meeting(organiser, siren, null, nextDay(9));
    }

    /** A meeting of the collective planned through the API; returns its id. */
    static long meeting(ApiClient organiser, String siren, Long upstreamSessionId, LocalDateTime startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("startsAt", startsAt.toString());
        body.put("upstreamSessionId", upstreamSessionId);
        body.put("place", "Salle du conseil");
        ApiClient.Response created = organiser.post("/api/v1/territories/" + siren + "/meetings", body);
        if (created.status() != 201) {
            throw new IllegalStateException("meeting refused: " + created.body());
        }
        return created.json().get("id").asLong();
    }

    /** An agenda item proposed through the API; returns its id. */
    static long item(ApiClient organiser, long meetingId, String title, String kind, Long sessionItemId) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("kind", kind);
        body.put("sensitive", false);
        body.put("sessionItemId", sessionItemId);
        ApiClient.Response created = organiser.post("/api/v1/meetings/" + meetingId + "/items", body);
        if (created.status() != 201) {
            throw new IllegalStateException("item refused: " + created.body());
        }
        return created.json().get("id").asLong();
    }

    /** A conseil communautaire planned through the API on a day of its own, at 18:00. */
    static Session conseil(ApiClient organiser, String siren) {
        LocalDateTime startsAt = nextDay(18);
        ApiClient.Response created = organiser.post("/api/v1/territories/" + siren + "/sessions",
                Map.of("body", "CONSEIL_COMMUNAUTAIRE", "startsAt", startsAt.toString(), "urgent", false));
        if (created.status() != 201) {
            throw new IllegalStateException("session refused: " + created.body());
        }
        return new Session(created.json().get("id").asLong(), startsAt);
    }

    /** A session planned for a test. */
    record Session(long id, LocalDateTime startsAt) {

        /** A start for the collective's meeting preparing it: two days before, in the afternoon. */
        LocalDateTime upstreamStart() {
            return startsAt.minusDays(2).withHour(14);
        }
    }

    /** Moves a planned meeting into the past, as if it had taken place {@code ago} before now. */
    static Instant moveToPast(JdbcClient jdbc, long meetingId, Duration ago) {
        Instant start = Instant.now().minus(ago);
        jdbc.sql("update meeting set starts_at = ?, ends_at = ?, agenda_freezes_at = ? where id = ?")
                .params(Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(2))),
                        Timestamp.from(start.minus(Duration.ofHours(48))), meetingId)
                .update();
        return start;
    }
}
