package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

/**
 * Published minutes cannot be altered: every door that writes them (the item form, the API, the
 * actions, the chair, the attendance, the positions) refuses with a clear French message or a 409
 * JSON error, and nothing saved changes.
 */
class PublishedMinutesIT extends IntegrationTest {

    private static final String DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishedMinutesRefuseEveryChangeAndKeepWhatWasPublished() {
        ApiClient api = api().signIn(DIRECTOR, DEMO_PASSWORD);
        long meeting = RecordsFixture.meeting(api, MORTAGNE);
        long item = RecordsFixture.item(api, meeting, "Mutualisation du service juridique", "DECISION", null);
        String page = "/territoires/" + MORTAGNE + "/reunions/" + meeting + "/compte-rendu";

        ApiClient.Response written = api.put("/api/v1/items/" + item + "/minutes", Map.of("minutes",
                "Le collectif retient une convention de service commun.", "version", 0));
        assertThat(written.status()).isEqualTo(200);
        assertThat(written.json().get("version").asInt()).isEqualTo(1);

        // only the minutes of a held meeting are published
        ApiClient.Response early = api.post("/api/v1/meetings/" + meeting + "/minutes/publication", Map.of());
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("message").asString()).contains("marquée comme tenue");

        RecordsFixture.moveToPast(jdbc, meeting, Duration.ofHours(3));
        FormBrowser director = new FormBrowser(baseUrl()).signIn(DIRECTOR, DEMO_PASSWORD);
        director.post(page + "/tenue", Map.of("chairedBy", "Mme Durand"));
        FormBrowser.Page sheet = director.get(page);
        assertThat(sheet.body()).contains("Publier le compte rendu");
        FormBrowser.Page published = director.post(page + "/publication", Map.of());
        assertThat(published.status()).isEqualTo(302);
        assertThat(text(published.body())).contains("Le compte rendu est publié : il ne peut plus être modifié.",
                "Compte rendu publié le").doesNotContain("name=\"minutes\"", "name=\"chairedBy\"");

        // the minutes form of the page
        FormBrowser.Page refused = director.post(page + "/points/" + item, Map.of("minutes", "Réécrit après coup",
                "outcome", "", "outcomeText", "", "version", "1"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(text(refused.body())).contains(
                "Le compte rendu de cette réunion est publié : il ne peut plus être modifié. Rien n'a été changé.");

        // the API
        ApiClient.Response api409 = api.put("/api/v1/items/" + item + "/minutes", Map.of("minutes",
                "Réécrit par l'API", "version", 1));
        assertThat(api409.status()).isEqualTo(409);
        assertThat(api409.contentType()).startsWith("application/problem+json");
        assertThat(api409.json().get("error").asString()).isEqualTo("conflict");
        assertThat(api409.json().get("message").asString()).contains("a été publié par", "ne peut plus être modifié");

        // actions, chair, attendance and positions of that meeting
        assertThat(director.post(page + "/points/" + item + "/actions", Map.of("title", "Rédiger la convention",
                "ownerSiren", MORTAGNE, "dueOn", java.time.LocalDate.now().plusDays(30).toString())).status())
                .isEqualTo(409);
        assertThat(text(director.post(page + "/tenue", Map.of("chairedBy", "M. Autre")).body()))
                .contains("Le compte rendu de cette réunion est publié");
        assertThat(api.put("/api/v1/meetings/" + meeting + "/attendance", Map.of(MORTAGNE, "PRESENT")).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/items/" + item + "/positions", Map.of("collectivitySiren", MORTAGNE,
                "stance", "AGREE")).status()).isEqualTo(409);
        assertThat(api.post("/api/v1/meetings/" + meeting + "/minutes/publication", Map.of()).status()).isEqualTo(409);

        assertThat(jdbc.sql("select minutes from agenda_item where id = ?").param(item).query(String.class).single())
                .isEqualTo("Le collectif retient une convention de service commun.");
        assertThat(jdbc.sql("select chaired_by from meeting where id = ?").param(meeting).query(String.class).single())
                .isEqualTo("Mme Durand");
        assertThat(jdbc.sql("select count(*) from action_item where meeting_id = ?").param(meeting).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from attendance where meeting_id = ?").param(meeting).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from item_position where agenda_item_id = ?").param(item).query(Long.class)
                .single()).isZero();
    }

    private static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }
}
