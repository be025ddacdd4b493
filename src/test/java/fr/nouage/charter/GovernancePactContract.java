package fr.nouage.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

import fr.nouage.charter.web.Dates;
import fr.nouage.support.NouageIT;
import fr.nouage.support.WebSession;
import fr.nouage.support.WebSession.Page;
import tools.jackson.databind.JsonNode;

/** The pacte de gouvernance timeline of the Pays d'Ancenis after a general renewal, through its page. */
abstract class GovernancePactContract extends NouageIT {

    private static final String PACT = "/territoires/" + ANCENIS + "/pacte";

    @Test
    void theTimelineListsWhatIsLeftToDoRecordsOpinionsAndKeepsTheAdoptedText() throws IOException {
        WebSession epci = signedIn("dg-" + ANCENIS + "@demo.nouage.fr");
        Page empty = epci.get(baseUrl() + PACT);
        assertThat(CharterStoryContract.text(empty)).contains("Aucun pacte de gouvernance n'est suivi");

        LocalDate renewal = LocalDate.now().minusMonths(5);
        Page started = epci.post(baseUrl() + PACT, Map.of("_csrf", empty.csrfToken(), "renouvellement", renewal.toString()));
        assertThat(started.status()).isEqualTo(200);
        assertThat(CharterStoryContract.text(started)).contains("À faire",
                "Inscrire à l'ordre du jour du conseil communautaire le débat",
                "avant le " + Dates.day(renewal.plusMonths(9)));
        long id = pactId(started);
        String timeline = baseUrl() + PACT + "/" + id + "/calendrier";

        LocalDate sent = LocalDate.now().minusDays(10);
        Page tooEarly = epci.post(timeline, timeline(started, null, null, sent, null));
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(CharterStoryContract.text(tooEarly)).contains("qu'après un débat qui a décidé d'élaborer un pacte");

        Page debated = epci.post(timeline, timeline(started, renewal.plusMonths(1), true, sent, null));
        assertThat(debated.status()).isEqualTo(200);
        List<JsonNode> communes = communes();
        String firstName = communes.get(0).get("name").asString();
        String firstReminder = "Avis attendu du conseil municipal de " + firstName + " — avant le "
                + Dates.day(sent.plusMonths(2));
        assertThat(flat(debated)).contains(firstReminder, "avis attendus jusqu'au " + Dates.day(sent.plusMonths(2)));

        // a commune's director records its own council's opinion, not another commune's
        WebSession commune = signedIn("dgs-" + communes.get(0).get("inseeCode").asString() + "@demo.nouage.fr");
        Page page = commune.get(baseUrl() + PACT);
        String opinion = baseUrl() + PACT + "/" + id + "/avis";
        Page other = commune.post(opinion, Map.of("_csrf", page.csrfToken(), "commune",
                communes.get(1).get("siren").asString(), "avis", "FAVORABLE", "date", LocalDate.now().toString()));
        assertThat(other.status()).isEqualTo(403);
        Page own = commune.post(opinion, Map.of("_csrf", page.csrfToken(), "commune",
                communes.get(0).get("siren").asString(), "avis", "RESERVED", "date", LocalDate.now().minusDays(2).toString(),
                "reference", "Délibération 2026-58"));
        assertThat(own.status()).isEqualTo(200);
        assertThat(flat(own)).contains("Favorable avec réserves", "Délibération 2026-58")
                .doesNotContain(firstReminder)
                .contains("Avis attendu du conseil municipal de " + communes.get(1).get("name").asString());

        // adoption, then the adopted text: a PDF only, checked on its content
        Page again = epci.get(baseUrl() + PACT);
        Page adopted = epci.post(timeline, timeline(again, renewal.plusMonths(1), true, sent, LocalDate.now()));
        assertThat(CharterStoryContract.text(adopted)).contains("Joindre le texte adopté du pacte");
        String upload = baseUrl() + PACT + "/" + id + "/texte";
        Page notPdf = epci.postMultipart(upload, Map.of("_csrf", adopted.csrfToken()), "file", "pacte.pdf",
                "application/pdf", "Ceci n'est pas un PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(CharterStoryContract.text(notPdf)).contains("Le fichier joint n'est pas un PDF.");
        byte[] pdf = onePagePdf();
        Page attached = epci.postMultipart(upload, Map.of("_csrf", adopted.csrfToken()), "file", "pacte-adopte.pdf",
                "application/pdf", pdf);
        assertThat(attached.status()).isEqualTo(200);
        assertThat(CharterStoryContract.text(attached)).contains("Texte adopté : pacte-adopte.pdf", "Rien à faire");
        WebSession.Download download = commune.download(baseUrl() + PACT + "/" + id + "/texte.pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
    }

    private static Map<String, String> timeline(Page page, LocalDate debate, Boolean drawUp, LocalDate sent,
            LocalDate adopted) {
        Map<String, String> form = new HashMap<>();
        form.put("_csrf", page.csrfToken());
        form.put("lock", CharterStoryContract.field(page, "lock"));
        form.put("debat", debate == null ? "" : debate.toString());
        form.put("elaboration", drawUp == null ? "" : drawUp.toString());
        form.put("transmission", sent == null ? "" : sent.toString());
        form.put("adoption", adopted == null ? "" : adopted.toString());
        form.put("deliberation", adopted == null ? "" : "DCC 2026-42");
        return form;
    }

    /** The page's text with entities decoded and runs of white space made single spaces. */
    private static String flat(Page page) {
        return CharterStoryContract.text(page).replaceAll("\\s+", " ");
    }

    private static long pactId(Page page) {
        Matcher m = Pattern.compile("/pacte/(\\d+)/calendrier").matcher(page.body());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private List<JsonNode> communes() {
        return api().signIn("coordination@demo.nouage.fr", DEMO_PASSWORD).get("/api/v1/territories/" + ANCENIS
                + "/collectivities").json().valueStream().filter(c -> c.get("kind").asString().equals("COMMUNE"))
                .toList();
    }

    private WebSession signedIn(String email) {
        WebSession session = new WebSession();
        Page login = session.get(baseUrl() + "/login");
        session.post(baseUrl() + "/login", Map.of("email", email, "password", DEMO_PASSWORD, "_csrf", login.csrfToken()));
        return session;
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
