package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.support.ApiClient;
import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.TestClock;

class MeetingApiIT extends IntegrationTest {

    private static final String CHANVERRIE = "200085009";

    @Autowired
    TestClock clock;

    @Autowired
    Meetings meetings;

    private ApiClient director() {
        return api().signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
    }

    @Test
    void aConseilCommunautaireGetsItsConvocationDeadlineInJoursFrancs() {
        LocalDate day = LocalDate.now().plusMonths(2).withDayOfMonth(14);
        Response response = director().post("/api/v1/territories/" + MORTAGNE + "/sessions",
                Map.of("body", "CONSEIL_COMMUNAUTAIRE", "startsAt", day + "T18:30", "urgent", false));
        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("convocationDeadline").asString()).isEqualTo(day.minusDays(6).toString());
    }

    @Test
    void itemsAreAcceptedUntilTheFreezeThenRefusedWith409() {
        // three days ahead: the agenda freezes 48 hours before, tomorrow
        LocalDateTime start = slots().from(MORTAGNE, LocalDateTime.now(PARIS).plusDays(3).withHour(7).withMinute(5));
        Response meeting = director().post("/api/v1/territories/" + MORTAGNE + "/meetings",
                Map.of("startsAt", start.toString(), "endsAt", start.plusMinutes(20).toString()));
        assertThat(meeting.status()).isEqualTo(201);
        assertThat(meeting.json().get("agendaFreezesAt").asString()).isNotBlank();
        long id = meeting.json().get("id").asLong();
        Response item = director().post("/api/v1/meetings/" + id + "/items",
                Map.of("title", "Mutualisation de la commande publique", "kind", "TECHNICAL_OPINION", "sensitive", false));
        assertThat(item.status()).isEqualTo(201);

        try {
            clock.advance(Duration.ofHours(26));
            assertThat(meetings.freezeDue()).contains(id);
            Response late = director().post("/api/v1/meetings/" + id + "/items",
                    Map.of("title", "Point arrivé après le gel", "kind", "INFORMATION", "sensitive", false));
            assertThat(late.status()).isEqualTo(409);
            assertThat(late.json().get("type").asString()).isEqualTo("urn:nouage:problem:conflict");
            assertThat(late.contentType()).startsWith("application/problem+json");
        } finally {
            clock.reset();
        }
        assertThat(meetings.agenda(id)).extracting(AgendaItem::title)
                .containsExactly("Mutualisation de la commande publique");

        Response tooLate = director().post("/api/v1/territories/" + MORTAGNE + "/meetings",
                Map.of("startsAt", LocalDateTime.now().plusHours(10).withSecond(0).withNano(0).toString()));
        assertThat(tooLate.status()).isEqualTo(400);
    }

    @Test
    void aDirectorRecordsTheAttendanceOfTheirOwnCollectivityOnly() {
        LocalDateTime start = slots().from(MORTAGNE, 30);
        long id = director().post("/api/v1/territories/" + MORTAGNE + "/meetings", Map.of("startsAt", start.toString()))
                .json().get("id").asLong();
        Response own = director().put("/api/v1/meetings/" + id + "/attendance", Map.of(MORTAGNE, "PRESENT"));
        assertThat(own.status()).isEqualTo(200);
        Response other = director().put("/api/v1/meetings/" + id + "/attendance", Map.of(CHANVERRIE, "PRESENT"));
        assertThat(other.status()).isEqualTo(403);
        Map<String, String> all = new HashMap<>();
        all.put(CHANVERRIE, "EXCUSED");
        all.put(MORTAGNE, "PRESENT");
        Response byFacilitator = api().signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD)
                .put("/api/v1/meetings/" + id + "/attendance", all);
        assertThat(byFacilitator.status()).isEqualTo(200);
        assertThat(byFacilitator.json().get(CHANVERRIE).asString()).isEqualTo("EXCUSED");
    }

    @Test
    void aDirectorOfAnotherTerritoryCannotTouchTheMeeting() {
        LocalDateTime start = slots().from(MORTAGNE, 40);
        long id = director().post("/api/v1/territories/" + MORTAGNE + "/meetings", Map.of("startsAt", start.toString()))
                .json().get("id").asLong();
        Response foreign = api().signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD)
                .post("/api/v1/meetings/" + id + "/items", Map.of("title", "x", "kind", "INFORMATION"));
        assertThat(foreign.status()).as("another territory's meeting, answered as a missing one").isEqualTo(404);
    }
}
