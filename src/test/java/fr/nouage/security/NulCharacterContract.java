package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.support.ApiClient;
import fr.nouage.support.NouageIT;
import fr.nouage.support.PageClient;

/**
 * Text with a NUL character, which H2 stores but PostgreSQL cannot, is refused the same way on both
 * databases: a French page for a form, a JSON error for the API, and nothing stored.
 */
abstract class NulCharacterContract extends NouageIT {

    private static final String NUL_TITLE = "point-nul\u0000après";

    @Test
    void textWithANulCharacterIsRefusedByFormsAndTheApi() {
        String director = "dg-" + MORTAGNE + "@demo.nouage.fr";
        ApiClient api = api().signIn(director, DEMO_PASSWORD);
        long meeting = api.post("/api/v1/territories/" + MORTAGNE + "/meetings", Map.of("startsAt",
                slots().from(MORTAGNE, 420).toString())).json().get("id").asLong();

        ApiClient.Response item = api.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", NUL_TITLE,
                "kind", "INFORMATION"));
        assertThat(item.status()).isEqualTo(400);
        assertThat(item.json().get("error").asString()).isEqualTo("bad_request");

        PageClient web = new PageClient(baseUrl()).signIn(director, DEMO_PASSWORD);
        String page = "/territoires/" + MORTAGNE + "/reunions/" + meeting;
        web.get(page);
        PageClient.Page form = web.post(page + "/points", Map.of("title", NUL_TITLE, "kind", "INFORMATION",
                "destination", "ici"));
        assertThat(form.status()).isEqualTo(400);
        assertThat(form.body()).contains("lang=\"fr\"", "Demande incorrecte");
        PageClient.Page files = web.postFile(page + "/points/0/documents", Map.of("commentaire", NUL_TITLE), "fichier",
                "note.pdf", "application/pdf", fr.nouage.support.TestDocuments.pdf("x"));
        assertThat(files.status()).isEqualTo(400);

        assertThat(web.get(page).body()).doesNotContain("point-nul");
    }
}
