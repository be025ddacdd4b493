package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient;
import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** What the meeting pages show, read through the API by each reader. */
class MeetingReadApiIT extends IntegrationTest {

    private ApiClient as(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    @Test
    void aMeetingShowsItsAgendaAndAttendanceAndItsMinutesOnlyToThoseWhoMayReadThem() {
        ApiClient director = as("dg-" + MORTAGNE + "@demo.nouage.fr");
        LocalDateTime start = slots().from(MORTAGNE, 730);
        long id = director.post("/api/v1/territories/" + MORTAGNE + "/meetings", Map.of("startsAt", start.toString()))
                .json().get("id").asLong();
        long item = director.post("/api/v1/meetings/" + id + "/items", Map.of("title", "Plan de formation mutualisé",
                "kind", "DECISION", "sensitive", false)).json().get("id").asLong();
        director.put("/api/v1/meetings/" + id + "/attendance", Map.of(MORTAGNE, "PRESENT"));

        JsonNode meeting = director.get("/api/v1/meetings/" + id).json();
        assertThat(meeting.get("agenda").get(0).get("id").asLong()).isEqualTo(item);
        assertThat(meeting.get("agenda").get(0).get("record").get("version").asInt()).isNotNegative();
        assertThat(meeting.get("attendance").get(MORTAGNE).asString()).isEqualTo("PRESENT");
        assertThat(meeting.get("bodyName").asString()).isNotBlank();

        // an élu reads the agenda, not the minutes of a meeting not yet held
        JsonNode forElu = as("elu-" + MORTAGNE + "@demo.nouage.fr").get("/api/v1/meetings/" + id).json();
        assertThat(forElu.get("agenda").get(0).get("title").asString()).isEqualTo("Plan de formation mutualisé");
        assertThat(forElu.get("agenda").get(0).get("record").isNull()).isTrue();
        assertThat(forElu.get("minutesReadable").asBoolean()).isFalse();
    }

    @Test
    void bodiesSessionsActionsRotationAndNotificationsAnswerJsonArraysOrObjects() {
        ApiClient director = as("dg-" + MORTAGNE + "@demo.nouage.fr");
        Response bodies = director.get("/api/v1/territories/" + MORTAGNE + "/bodies");
        assertThat(bodies.status()).isEqualTo(200);
        assertThat(bodies.json().isArray()).isTrue();
        assertThat(bodies.json().size()).isPositive();
        assertThat(bodies.json().get(0).get("members").isArray()).isTrue();

        LocalDate day = LocalDate.now().plusDays(740);
        long session = director.post("/api/v1/territories/" + MORTAGNE + "/sessions", Map.of("body", "BUREAU",
                "startsAt", day + "T18:00")).json().get("id").asLong();
        Response sessions = director.get("/api/v1/territories/" + MORTAGNE + "/sessions?from=" + day + "&to=" + day);
        assertThat(sessions.status()).isEqualTo(200);
        assertThat(sessions.json().isArray()).isTrue();
        assertThat(sessions.json().get(0).get("id").asLong()).isEqualTo(session);
        assertThat(sessions.json().get(0).get("items").isArray()).isTrue();

        Response actions = director.get("/api/v1/territories/" + MORTAGNE + "/actions");
        assertThat(actions.status()).isEqualTo(200);
        assertThat(actions.json().isArray()).isTrue();
        assertThat(actions.header("Link")).contains("rel=\"first\"");

        Response rotation = director.get("/api/v1/territories/" + MORTAGNE + "/rotation");
        assertThat(rotation.status()).isEqualTo(200);
        assertThat(rotation.json().get("year").asInt()).isEqualTo(LocalDate.now().getYear());

        Response notifications = director.get("/api/v1/me/notifications");
        assertThat(notifications.status()).isEqualTo(200);
        assertThat(notifications.json().isArray()).isTrue();

        Response forReferentOfNoTerritory = as("dg-" + ACHARDS + "@demo.nouage.fr")
                .get("/api/v1/territories/" + MORTAGNE + "/actions");
        assertThat(forReferentOfNoTerritory.status()).isEqualTo(403);
        assertThat(forReferentOfNoTerritory.contentType()).startsWith("application/problem+json");
    }
}
