package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.Accounts;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.WebClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The inputs of the outside probe that ended in a server error, and dates out of the accepted range
 * (2000–2100): each is now a clear refusal (4xx, with a French message on pages), or works. On the
 * CC Méditerranée Porte des Maures, which no other test uses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProbeInputsIT extends IntegrationTest {

    private static final String TERRITORY = "200027100";
    private static final String FAR = "+999999999-12-31T10:00";

    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;

    private PageClient web;
    private ApiClient api;
    private String epciDirector;

    @BeforeAll
    void aDirectorOfTheTerritory() {
        if (!territories.exists(TERRITORY)) {
            territories.create(TERRITORY);
        }
        Collectivity epci = territories.collectivities(TERRITORY).stream().filter(Collectivity::isEpci).findFirst()
                .orElseThrow();
        epciDirector = "sonde-" + epci.siren() + "@test.nouage.fr";
        var account = accounts.findByEmail(epciDirector)
                .orElseGet(() -> accounts.create(epciDirector, "Direction " + epci.name(), DEMO_PASSWORD));
        accounts.assign(account.id(), RoleAssignment.director(TERRITORY, epci.siren()));
        web = new PageClient(baseUrl()).signIn(epciDirector, DEMO_PASSWORD);
        api = api().signIn(epciDirector, DEMO_PASSWORD);
    }

    private static String t(String path) {
        return "/territoires/" + TERRITORY + path;
    }

    private static String inDays(int days) {
        return LocalDate.now().plusDays(days).atTime(9, 0).toString();
    }

    // ---- the six inputs ----

    @Test
    void aCharterArticleWithCodeStillExportsAsPdf() {
        web.get(t("/charte"));
        web.post(t("/charte/nouvelle"), Map.of("source", "modele"));
        String key = api.get("/api/v1/territories/" + TERRITORY + "/charter/versions/1").json().get("articles").get(0)
                .get("key").asString();
        String article = t("/charte/versions/1/articles/" + key);
        PageClient.Page saved = web.post(article, Map.of("theme", "ROLES", "title", "Rôles", "text",
                "Le délai se règle par `delai_ordre_du_jour = 48`.\n\n```\nquorum: moitié + 1\n```", "rule", "",
                "lock", web.get(article).field("lock")));
        assertThat(saved.status()).isEqualTo(302);

        WebClient.Page pdf = new WebClient(baseUrl()).signIn(epciDirector, DEMO_PASSWORD)
                .get(t("/charte/versions/1/export.pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void aConsultationFormTokenLongerThanAnyIssuedIsRefused() {
        web.get(t("/consultations/nouvelle"));
        PageClient.Page consultation = web.post(t("/consultations/nouvelle"), Map.of("nature", "SINGLE_CHOICE",
                "titre", "Date du séminaire", "options", "Mardi\nJeudi", "cloture", inDays(10), "jeton", "x".repeat(65)));
        assertThat(consultation.status()).isEqualTo(400);
        assertThat(consultation.text()).contains("Ce formulaire n'est pas valide");

        // the meeting forms keep no token longer than theirs: the form simply acts, once
        web.get(t("/reunions/nouvelle"));
        PageClient.Page meeting = web.post(t("/reunions/nouvelle"), Map.of("startsAt", inDays(40), "jeton",
                "y".repeat(100_000)));
        assertThat(meeting.status()).isEqualTo(302);
    }

    @Test
    void aSittingInTheYear999999999IsRefusedOnThePageAndTheApi() {
        web.get(t("/seances/nouvelle"));
        PageClient.Page page = web.post(t("/seances/nouvelle"), Map.of("body", "BUREAU", "startsAt", FAR));
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("Cette date n'est pas acceptée : choisissez une date entre 2000 et 2100.");

        ApiClient.Response response = api.post("/api/v1/territories/" + TERRITORY + "/sessions",
                Map.of("body", "BUREAU", "startsAt", FAR));
        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void anArchiveAnnouncingTwoToTheFortyRowsIsRefused() throws IOException {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("manifest.json"));
            out.write(("{\"format\":1,\"siren\":\"" + TERRITORY + "\",\"exportedAt\":\"2026-01-01T00:00:00Z\","
                    + "\"appVersion\":\"x\",\"rows\":{\"meeting\":" + (1L << 40) + "},\"files\":0}")
                    .getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        PageClient admin = new PageClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        admin.get("/admin/archives");
        PageClient.Page page = admin.postFile("/admin/archives", Map.of(), "archive", "sonde.zip", "application/zip",
                zip.toByteArray());
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("ne correspond pas au manifeste");
    }

    @Test
    void aGeographyFileNamedWithAnEmojiIsReadUnderASafeName() {
        PageClient admin = new PageClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        admin.get("/admin/geographie");
        record File(String fileName, String contentType, byte[] content) implements PageClient.FilePart {
        }
        File epci = new File("épci-😀-" + "a".repeat(79) + ".json", "application/json", "[]".getBytes(StandardCharsets.UTF_8));
        File communes = new File("communes.json", "application/json", "[]".getBytes(StandardCharsets.UTF_8));
        PageClient.Page page = admin.postFiles("/admin/geographie", Map.of("epci", epci, "communes", communes));
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).contains("/admin/geographie/imports/");
        assertThat(admin.follow(page).text()).contains("épci-_-aaa");
    }

    // ---- dates out of range, wherever a date is entered ----

    @Test
    void datesOutOfRangeAreRefusedByTheApi() {
        ApiClient.Response far = api.post("/api/v1/territories/" + TERRITORY + "/meetings",
                Map.of("startsAt", "+999999999-03-01T10:00:00"));
        assertThat(far.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/territories/" + TERRITORY + "/meetings", Map.of("startsAt", "2101-03-01T10:00:00"))
                .status()).isEqualTo(400);
        long meeting = api.post("/api/v1/territories/" + TERRITORY + "/meetings", Map.of("startsAt", inDays(60)))
                .json().get("id").asLong();
        long item = api.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Point", "kind", "DECISION",
                "sensitive", false)).json().get("id").asLong();
        assertThat(api.post("/api/v1/items/" + item + "/decision", Map.of("statement", "Adopté", "reviewOn",
                "2999-01-01")).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/territories/" + TERRITORY + "/parity?from=0001-01-01").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/territories/" + TERRITORY + "/rules?at=9999-01-01").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/territories/" + TERRITORY + "/consultations", Map.of("kind", "DATE_POLL",
                "title", "Séminaire", "closesAt", LocalDateTime.now().plusDays(5) + ":00Z", "dates",
                java.util.List.of("2026-06-01T08:00:00Z", "+99999-06-01T08:00:00Z"))).status()).isEqualTo(400);
    }

    @Test
    void datesOutOfRangeAreRefusedByThePagesInFrench() {
        web.get(t("/pacte"));
        PageClient.Page pact = web.post(t("/pacte"), Map.of("renouvellement", "2150-03-15"));
        assertThat(pact.status()).isEqualTo(400);
        assertThat(pact.text()).contains("Cette date n'est pas acceptée");

        PageClient.Page parity = web.get(t("/parite?du=1999-01-01&au=2026-01-01"));
        assertThat(parity.status()).isEqualTo(400);
        assertThat(parity.text()).contains("Cette date n'est pas acceptée");

        PageClient admin = new PageClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        PageClient.Page journal = admin.get(t("/journal?du=9999-01-01"));
        assertThat(journal.status()).isEqualTo(400);
        assertThat(journal.text()).contains("Cette date n'est pas acceptée");
    }
}
