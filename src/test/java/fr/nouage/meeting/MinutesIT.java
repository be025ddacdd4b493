package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

@RecordApplicationEvents
class MinutesIT extends IntegrationTest {

    private static final String DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";
    private static final String ELECTED = "elu-" + MORTAGNE + "@demo.nouage.fr";
    private static final String FACILITATOR = "facilitateur@demo.nouage.fr";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sessions sessions;
    @Autowired
    Minutes minutes;
    @Autowired
    ApplicationEvents events;

    private ApiClient directorApi() {
        return api().signIn(DIRECTOR, DEMO_PASSWORD);
    }

    private FormBrowser browser(String email) {
        return new FormBrowser(baseUrl()).signIn(email, DEMO_PASSWORD);
    }

    private static String minutesPage(long meetingId) {
        return "/territoires/" + MORTAGNE + "/reunions/" + meetingId + "/compte-rendu";
    }

    private static Map<String, String> itemForm(String text, String outcome, String outcomeText, String version) {
        return Map.of("minutes", text, "outcome", outcome, "outcomeText", outcomeText, "version", version);
    }

    @Test
    void aDirectorWritesTheMinutesAndTheElectedReadThemOnlyOnceTheMeetingIsHeld() {
        ApiClient api = directorApi();
        long meeting = RecordsFixture.meeting(api, MORTAGNE);
        long first = RecordsFixture.item(api, meeting, "Schéma de mutualisation", "EXCHANGE", null);
        RecordsFixture.item(api, meeting, "Calendrier des conseils", "INFORMATION", null);
        FormBrowser director = browser(DIRECTOR);
        FormBrowser elected = browser(ELECTED);

        FormBrowser.Page page = director.get(minutesPage(meeting));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Schéma de mutualisation", "Calendrier des conseils", "name=\"minutes\"");
        assertThat(elected.get(minutesPage(meeting)).status()).isEqualTo(403);

        FormBrowser.Page saved = director.post(minutesPage(meeting) + "/points/" + first,
                itemForm("Le collectif retient le **scénario 2**.\r\n\r\n<script>alert(1)</script>", "NOTED", "", "0"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.body()).contains("Point enregistré.", "<strong>scénario 2</strong>")
                .doesNotContain("<script>alert(1)");

        FormBrowser.Page tooEarly = director.post(minutesPage(meeting) + "/tenue", Map.of("chairedBy", "Mme Durand"));
        assertThat(tooEarly.body()).contains("La réunion n'a pas encore commencé");
        RecordsFixture.moveToPast(jdbc, meeting, Duration.ofHours(3));
        FormBrowser.Page held = director.post(minutesPage(meeting) + "/tenue", Map.of("chairedBy", "Mme Durand"));
        assertThat(held.body()).contains("La réunion est marquée comme tenue.", "Réunion tenue", "Mme Durand");

        FormBrowser.Page read = elected.get(minutesPage(meeting));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("<strong>scénario 2</strong>", "Pris acte", "Mme Durand")
                .doesNotContain("name=\"minutes\"", "name=\"chairedBy\"");
        FormBrowser.Page refused = elected.post(minutesPage(meeting) + "/points/" + first,
                itemForm("Réécrit par un élu", "NOTED", "", "1"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(minutes.sheet(meeting, user()).items().get(0).item().minutes()).startsWith("Le collectif retient");
    }

    @Test
    void twoPeopleSavingTheSameItemGetAClearConflictShowingBothVersionsAndNothingIsLost() {
        ApiClient api = directorApi();
        long meeting = RecordsFixture.meeting(api, MORTAGNE);
        long item = RecordsFixture.item(api, meeting, "Plan de formation mutualisé", "DECISION", null);
        FormBrowser director = browser(DIRECTOR);
        FormBrowser facilitator = browser(FACILITATOR);
        director.get(minutesPage(meeting));
        String version = facilitator.get(minutesPage(meeting)).find("name=\"version\" value=\"(\\d+)\"");

        FormBrowser.Page first = director.post(minutesPage(meeting) + "/points/" + item,
                itemForm("Version de la direction : trois sessions.", "DECISION", "Trois sessions en 2027", version));
        assertThat(first.status()).isEqualTo(302);

        FormBrowser.Page conflict = facilitator.post(minutesPage(meeting) + "/points/" + item,
                itemForm("Version du facilitateur : deux sessions.", "DECISION", "Deux sessions", version));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.body()).contains("Ce point a été modifié par quelqu'un d'autre.",
                "Version enregistrée", "Version de la direction : trois sessions.", "Votre version (non enregistrée)",
                "Version du facilitateur : deux sessions.", "Deux sessions");
        assertThat(saved(item)).isEqualTo("Version de la direction : trois sessions.");

        FormBrowser.Page htmx = facilitator.postHtmx(minutesPage(meeting) + "/points/" + item,
                itemForm("Version du facilitateur : deux sessions.", "DECISION", "Deux sessions", version));
        assertThat(htmx.status()).isEqualTo(200);
        assertThat(htmx.body()).startsWith("<section id=\"point-" + item + "\"").doesNotContain("<html")
                .contains("Version de la direction : trois sessions.", "Version du facilitateur : deux sessions.");

        String merged = conflict.find("name=\"version\" value=\"(\\d+)\"");
        FormBrowser.Page resolved = facilitator.post(minutesPage(meeting) + "/points/" + item,
                itemForm("Fusion : deux sessions, puis une troisième.", "DECISION", "Deux puis trois sessions", merged));
        assertThat(resolved.status()).isEqualTo(302);
        assertThat(saved(item)).isEqualTo("Fusion : deux sessions, puis une troisième.");
    }

    @Test
    void aFormSentTwiceSavesOnceWithoutConflictAndAMissingDecisionTextIsExplained() {
        ApiClient api = directorApi();
        long meeting = RecordsFixture.meeting(api, MORTAGNE);
        long item = RecordsFixture.item(api, meeting, "Charte informatique", "DECISION", null);
        FormBrowser director = browser(DIRECTOR);
        director.get(minutesPage(meeting));
        Map<String, String> form = itemForm("Adoptée.", "DECISION", "La charte est adoptée.", "0");

        assertThat(director.post(minutesPage(meeting) + "/points/" + item, form).status()).isEqualTo(302);
        assertThat(director.post(minutesPage(meeting) + "/points/" + item, form).status()).isEqualTo(302);
        assertThat(jdbc.sql("select version from agenda_item where id = ?").param(item).query(Integer.class).single())
                .isEqualTo(1);

        FormBrowser.Page invalid = director.postHtmx(minutesPage(meeting) + "/points/" + item,
                itemForm("Texte gardé", "DECISION", " ", "1"));
        assertThat(invalid.body()).contains("Écrivez le texte de l'avis technique ou de la décision.", "Texte gardé");
        assertThat(saved(item)).isEqualTo("Adoptée.");
    }

    @Test
    void aTechnicalOpinionReachesTheElectedOnTheirSessionAgendaOnceTheMeetingIsHeld() {
        ApiClient api = directorApi();
        RecordsFixture.Session conseil = RecordsFixture.conseil(api, MORTAGNE);
        long session = conseil.id();
        long groupement = sessions.addItem(session, "Groupement de commandes pour l'entretien des voiries");
        sessions.addItem(session, "Rapport d'activité 2026");
        long meeting = RecordsFixture.meeting(api, MORTAGNE, session, conseil.upstreamStart());
        long item = RecordsFixture.item(api, meeting, "Groupement de commandes voirie", "TECHNICAL_OPINION", groupement);
        FormBrowser director = browser(DIRECTOR);
        FormBrowser elected = browser(ELECTED);
        String opinionsPage = "/territoires/" + MORTAGNE + "/seances/" + session + "/avis";

        director.get(minutesPage(meeting));
        FormBrowser.Page saved = director.post(minutesPage(meeting) + "/points/" + item,
                itemForm("Échanges nourris.", "OPINION", "Avis favorable, coordination par la CC", "0"));
        assertThat(saved.status()).isEqualTo(302);
        FormBrowser.Page before = elected.get(opinionsPage);
        assertThat(before.status()).isEqualTo(200);
        assertThat(before.body()).contains("Groupement de commandes pour l'entretien des voiries")
                .doesNotContain("Avis favorable, coordination par la CC");

        RecordsFixture.moveToPast(jdbc, meeting, Duration.ofHours(2));
        minutes.markHeld(meeting, "M. Martin", user());
        assertThat(events.stream(OpinionForwarded.class))
                .containsExactly(new OpinionForwarded(meeting, item, session, groupement, MORTAGNE));

        FormBrowser.Page after = elected.get(opinionsPage);
        assertThat(after.body()).contains("Groupement de commandes pour l'entretien des voiries",
                "Avis favorable, coordination par la CC", "Rapport d'activité 2026",
                "Pas d'avis technique du collectif sur ce point.");
        FormBrowser.Page fragment = elected.getHtmx(opinionsPage);
        assertThat(fragment.body()).startsWith("<section id=\"avis-seance-" + session + "\"").doesNotContain("<html")
                .contains("Avis favorable, coordination par la CC");

        FormBrowser.Page foreign = browser("elu-" + ACHARDS + "@demo.nouage.fr").get(opinionsPage);
        assertThat(foreign.status()).isEqualTo(403);
        FormBrowser.Page wrongTerritory = browser("dg-" + ACHARDS + "@demo.nouage.fr")
                .get("/territoires/" + ACHARDS + "/seances/" + session + "/avis");
        assertThat(wrongTerritory.status()).isEqualTo(404);
    }

    private String saved(long item) {
        return jdbc.sql("select minutes from agenda_item where id = ?").param(item).query(String.class).single();
    }

    private static NouageUser user() {
        return new NouageUser(0, DIRECTOR, "Direction générale", List.of(RoleAssignment.director(MORTAGNE, MORTAGNE)));
    }
}
