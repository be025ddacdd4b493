package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;

class MeetingRecordsIT extends IntegrationTest {

    private static final String DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";
    private static final String CHANVERRIE = "200085009";

    @Autowired
    JdbcClient jdbc;

    @Test
    void theMinutesPdfIsServedToTheTerritoryAndRefusedToOthers() throws Exception {
        ApiClient api = api().signIn(DIRECTOR, DEMO_PASSWORD);
        long meeting = RecordsFixture.meeting(api, MORTAGNE);
        long item = RecordsFixture.item(api, meeting, "Mutualisation du service instructeur", "DECISION", null);
        api.put("/api/v1/meetings/" + meeting + "/attendance", Map.of(MORTAGNE, "PRESENT"));
        api().signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD)
                .put("/api/v1/meetings/" + meeting + "/attendance", Map.of(CHANVERRIE, "EXCUSED"));
        FormBrowser director = new FormBrowser(baseUrl()).signIn(DIRECTOR, DEMO_PASSWORD);
        String page = "/territoires/" + MORTAGNE + "/reunions/" + meeting + "/compte-rendu";
        director.get(page);
        director.post(page + "/points/" + item, Map.of("minutes", "Service commun au 1er janvier.", "outcome",
                "DECISION", "outcomeText", "Création d'un service commun", "version", "0"));
        RecordsFixture.moveToPast(jdbc, meeting, Duration.ofHours(4));
        director.post(page + "/tenue", Map.of("chairedBy", "Mme Durand"));

        FormBrowser.Download web = director.download(page + ".pdf");
        assertThat(web.status()).isEqualTo(200);
        assertThat(web.contentType()).isEqualTo("application/pdf");
        assertThat(text(web.body())).contains("CC du Pays de Mortagne", "Mutualisation du service instructeur",
                "Décision — Création d'un service commun", "Service commun au 1er janvier.", "Mme Durand",
                "Présentes (1)", "Excusées (1)", "Chanverrie");

        FormBrowser.Download viaApi = fetch("/api/v1/meetings/" + meeting + "/minutes.pdf", token(DIRECTOR));
        assertThat(viaApi.status()).isEqualTo(200);
        assertThat(viaApi.contentType()).isEqualTo("application/pdf");
        assertThat(text(viaApi.body())).contains("Mutualisation du service instructeur");

        FormBrowser.Download foreign = fetch("/api/v1/meetings/" + meeting + "/minutes.pdf", token("dg-" + ACHARDS + "@demo.nouage.fr"));
        assertThat(foreign.status()).as("another territory's meeting, answered as a missing one").isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(new String(foreign.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"status\":404");
        FormBrowser foreignBrowser = new FormBrowser(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(foreignBrowser.download(page + ".pdf").status()).isEqualTo(403);
        assertThat(foreignBrowser.download("/territoires/" + ACHARDS + "/reunions/" + meeting + "/compte-rendu.pdf")
                .status()).isEqualTo(404);
        assertThat(fetch("/api/v1/meetings/" + meeting + "/minutes.pdf", token("elu-" + MORTAGNE + "@demo.nouage.fr"))
                .status()).isEqualTo(200);
    }

    @Test
    void theElectedGetThePdfOnlyOnceTheMeetingIsHeld() throws Exception {
        ApiClient api = api().signIn(DIRECTOR, DEMO_PASSWORD);
        long meeting = RecordsFixture.meeting(api, MORTAGNE);
        FormBrowser.Download early = fetch("/api/v1/meetings/" + meeting + "/minutes.pdf", token("elu-" + MORTAGNE + "@demo.nouage.fr"));
        assertThat(early.status()).isEqualTo(403);
        FormBrowser.Download draft = fetch("/api/v1/meetings/" + meeting + "/minutes.pdf", token(DIRECTOR));
        assertThat(text(draft.body())).contains("Document provisoire");
        assertThat(fetch("/api/v1/meetings/999999/minutes.pdf", token(DIRECTOR)).status()).isEqualTo(404);
    }

    private String token(String email) {
        ApiClient.Response response = api().post("/api/v1/auth/token", Map.of("email", email, "password", DEMO_PASSWORD));
        return response.json().get("token").asString();
    }

    /** A GET with a bearer token, keeping the bytes. */
    private FormBrowser.Download fetch(String path, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/pdf, application/json").GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new FormBrowser.Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
