package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

class ActionsIT extends IntegrationTest {

    private static final String DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";
    private static final String CHANVERRIE = "200085009";
    private static final String ACTIONS = "/territoires/" + MORTAGNE + "/actions";

    @Autowired
    JdbcClient jdbc;

    private FormBrowser browser(String email) {
        return new FormBrowser(baseUrl()).signIn(email, DEMO_PASSWORD);
    }

    private static String minutesPage(long meetingId) {
        return "/territoires/" + MORTAGNE + "/reunions/" + meetingId + "/compte-rendu";
    }

    @Test
    void actionsStayListedFromMeetingToMeetingUntilDoneAndOverdueOnesAreFlagged() {
        ApiClient api = api().signIn(DIRECTOR, DEMO_PASSWORD);
        long earlier = RecordsFixture.meeting(api, MORTAGNE);
        long item = RecordsFixture.item(api, earlier, "Harmonisation des tarifs périscolaires", "DECISION", null);
        RecordsFixture.moveToPast(jdbc, earlier, Duration.ofDays(5));
        LocalDate yesterday = LocalDate.now().minusDays(1);
        LocalDate later = LocalDate.now().plusDays(30);
        FormBrowser director = browser(DIRECTOR);
        director.get(minutesPage(earlier));

        Map<String, String> overdue = Map.of("title", "Recenser les grilles tarifaires", "ownerSiren", CHANVERRIE,
                "dueOn", yesterday.toString());
        FormBrowser.Page added = director.post(minutesPage(earlier) + "/points/" + item + "/actions", overdue);
        assertThat(added.status()).isEqualTo(302);
        assertThat(added.body()).contains("Action ajoutée.", "Recenser les grilles tarifaires");
        director.post(minutesPage(earlier) + "/points/" + item + "/actions", overdue);
        assertThat(actionCount("Recenser les grilles tarifaires")).isEqualTo(1);
        FormBrowser.Page htmx = director.postHtmx(minutesPage(earlier) + "/points/" + item + "/actions",
                Map.of("title", "Proposer une grille commune", "ownerSiren", MORTAGNE, "dueOn", later.toString()));
        assertThat(htmx.body()).startsWith("<section id=\"point-" + item + "\"").contains("Proposer une grille commune");

        FormBrowser.Page list = director.get(ACTIONS);
        assertThat(list.status()).isEqualTo(200);
        String overdueId = list.find("<tr id=\"action-(\\d+)\" class=\"overdue\">\\s*<th scope=\"row\">Recenser les grilles");
        assertThat(list.body()).contains("Proposer une grille commune", "Chanverrie", "En retard",
                yesterday.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        long next = RecordsFixture.meeting(api, MORTAGNE);
        assertThat(director.get(minutesPage(next)).body()).contains("Actions des réunions précédentes encore ouvertes",
                "Recenser les grilles tarifaires", "Proposer une grille commune");

        FormBrowser.Page started = director.post(ACTIONS + "/" + overdueId, Map.of("status", "IN_PROGRESS", "version", "0"));
        assertThat(started.body()).contains("État de l'action mis à jour.");
        assertThat(started.body()).containsPattern("<option value=\"IN_PROGRESS\" selected>");
        FormBrowser.Page stale = director.postHtmx(ACTIONS + "/" + overdueId, Map.of("status", "DONE", "version", "0"));
        assertThat(stale.body()).startsWith("<tr id=\"action-" + overdueId + "\"")
                .contains("Quelqu'un a changé cette action entre-temps");
        FormBrowser.Page done = director.post(ACTIONS + "/" + overdueId, Map.of("status", "DONE", "version", "1"));
        assertThat(done.body()).doesNotContain("Recenser les grilles tarifaires").contains("Proposer une grille commune");
        assertThat(director.get(minutesPage(next)).body()).doesNotContain("Recenser les grilles tarifaires");
    }

    @Test
    void anActionNeedsAnOwnerOfTheTerritoryAndADueDayAndKeepsWhatWasTyped() {
        ApiClient api = api().signIn(DIRECTOR, DEMO_PASSWORD);
        long meeting = RecordsFixture.meeting(api, MORTAGNE);
        long item = RecordsFixture.item(api, meeting, "Transport scolaire", "EXCHANGE", null);
        FormBrowser director = browser(DIRECTOR);
        director.get(minutesPage(meeting));

        FormBrowser.Page foreignOwner = director.post(minutesPage(meeting) + "/points/" + item + "/actions",
                Map.of("title", "Écrire au département", "ownerSiren", ACHARDS, "dueOn", "2099-01-01"));
        assertThat(foreignOwner.status()).isEqualTo(400);
        assertThat(foreignOwner.body()).contains("Choisissez une collectivité du territoire pour piloter l'action.",
                "value=\"Écrire au département\"");
        FormBrowser.Page noDay = director.postHtmx(minutesPage(meeting) + "/points/" + item + "/actions",
                Map.of("title", "Écrire au département", "ownerSiren", MORTAGNE, "dueOn", ""));
        assertThat(noDay.body()).contains("Indiquez une échéance, au plus tôt le jour de la réunion.");
        assertThat(actionCount("Écrire au département")).isZero();
    }

    @Test
    void theElectedFollowTheActionsWithoutChangingThemAndOtherTerritoriesSeeNothing() {
        ApiClient api = api().signIn(DIRECTOR, DEMO_PASSWORD);
        long meeting = RecordsFixture.meeting(api, MORTAGNE);
        long item = RecordsFixture.item(api, meeting, "Gestion des archives", "EXCHANGE", null);
        FormBrowser director = browser(DIRECTOR);
        director.get(minutesPage(meeting));
        director.post(minutesPage(meeting) + "/points/" + item + "/actions",
                Map.of("title", "Chiffrer un archiviste partagé", "ownerSiren", MORTAGNE, "dueOn", "2099-06-30"));
        long id = jdbc.sql("select id from action_item where title = ?").param("Chiffrer un archiviste partagé")
                .query(Long.class).single();

        FormBrowser elected = browser("elu-" + MORTAGNE + "@demo.nouage.fr");
        FormBrowser.Page read = elected.get(ACTIONS);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("Chiffrer un archiviste partagé").doesNotContain("name=\"status\"");
        assertThat(elected.post(ACTIONS + "/" + id, Map.of("status", "DONE", "version", "0")).status()).isEqualTo(403);

        FormBrowser foreign = browser("dg-" + ACHARDS + "@demo.nouage.fr");
        assertThat(foreign.get(ACTIONS).status()).isEqualTo(403);
        assertThat(foreign.post("/territoires/" + ACHARDS + "/actions/" + id, Map.of("status", "DONE", "version", "0"))
                .status()).isEqualTo(404);
        assertThat(jdbc.sql("select status from action_item where id = ?").param(id).query(String.class).single())
                .isEqualTo("OPEN");
    }

    private int actionCount(String title) {
        return jdbc.sql("select count(*) from action_item where title = ?").param(title).query(Integer.class).single();
    }
}
