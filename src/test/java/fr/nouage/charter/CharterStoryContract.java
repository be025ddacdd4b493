package fr.nouage.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.ApiClient;
import fr.nouage.support.ApiClient.Response;
import fr.nouage.support.NouageIT;
import fr.nouage.support.WebSession;
import fr.nouage.support.WebSession.Page;
import tools.jackson.databind.JsonNode;

/**
 * The charter's whole story on Erdre et Gesvres (12 communes + the EPCI = 13 collectivités), through
 * the pages as a browser would use them: written from the model with a rule of adoption of two
 * thirds, adopted by each collectivité as version 1 (no version was in force: all were needed), one
 * article amended by consent (agenda lead time 48 → 72 hours), version 2 in force at the ninth
 * adoption under version 1's rule and adopted later by the others, and the meetings planned
 * afterwards following it while an earlier one keeps 48 hours.
 */
abstract class CharterStoryContract extends NouageIT {

    private static final String CHARTER = "/territoires/" + ERDRE + "/charte";
    private static final String AMENDED_TEXT = "Tout membre peut proposer un point. L'ordre du jour est envoyé à tous "
            + "les membres, avec les documents utiles, 72 heures au moins avant la réunion.";

    @Autowired
    Meetings meetings;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCharterIsWrittenAdoptedAmendedByConsentAndItsRulesApplyFromVersionTwo() throws IOException {
        CharterReset.erase(jdbc, ERDRE);
        CharterReset.erase(jdbc, ACHARDS);
        List<JsonNode> members = collectivities(ERDRE);
        assertThat(members).hasSize(13);
        JsonNode epciNode = members.stream().filter(c -> c.get("kind").asString().equals("EPCI")).findFirst().orElseThrow();
        List<JsonNode> communes = members.stream().filter(c -> !c.get("kind").asString().equals("EPCI")).toList();
        WebSession epci = signedIn(email(epciNode));

        // before any charter, the defaults apply and are shown as such
        Page empty = epci.get(baseUrl() + CHARTER);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(text(empty)).contains("Règles par défaut", "48 heures", "consentement");

        // a first version written from the model
        Page draft = epci.post(baseUrl() + CHARTER + "/nouvelle", Map.of("source", "modele", "_csrf", empty.csrfToken()));
        assertThat(draft.uri().getPath()).isEqualTo(CHARTER + "/versions/1");
        assertThat(text(draft)).contains("Brouillon", "Préparation et envoi de l'ordre du jour",
                "Fiche de poste : le directeur général des services dans le collectif", "48 heures");

        // rule parameters out of range are refused with a French message
        assertThat(text(editDraft(epci, "mode-de-decision", "decisionMode = CONSENT ; quorumPercent = 150", 400)))
                .contains("Le quorum est une part des collectivités comprise entre 0 et 100 %");
        assertThat(text(editDraft(epci, "fenetre", "upstreamWindowFromDays = 10 ; upstreamWindowToDays = 2", 400)))
                .contains("sa fin ne peut précéder son début");
        assertThat(text(editDraft(epci, "ordre-du-jour", "agendaLeadHours = -12", 400)))
                .contains("Le délai d'envoi de l'ordre du jour doit être compris entre 0 et 720 heures");

        // two writers saving the same draft article at once: the second is told, nothing is lost
        WebSession firstCommune = signedIn(email(communes.get(0)));
        Page formA = epci.get(baseUrl() + CHARTER + "/versions/1/articles/objet");
        Page formB = firstCommune.get(baseUrl() + CHARTER + "/versions/1/articles/objet");
        assertThat(epci.post(formA.uri().toString(), articleForm(formA, "ROLES", "Objet du collectif",
                "Le collectif prépare les décisions des élus.", "")).status()).isEqualTo(200);
        Page lost = firstCommune.post(formB.uri().toString(), articleForm(formB, "ROLES", "Objet du collectif",
                "Le collectif partage et prépare.", ""));
        assertThat(lost.status()).isEqualTo(409);
        assertThat(text(lost)).contains("Quelqu'un a enregistré cet article pendant que vous le modifiiez",
                "Le collectif prépare les décisions des élus.", "Le collectif partage et prépare.");

        // the draft sets a rule of adoption of two thirds, for the versions proposed once it is in force
        assertThat(text(editDraft(epci, "adoption", "adoptionRule = TWO_THIRDS", 200)))
                .contains("au moins les deux tiers des collectivités");

        // version 1 proposed under the defaults (every collectivité), then adopted by each of the 13
        Page v1 = epci.get(baseUrl() + CHARTER + "/versions/1");
        Page adoption = epci.post(baseUrl() + CHARTER + "/versions/1/proposition", Map.of("_csrf", v1.csrfToken()));
        assertThat(adoption.uri().getPath()).isEqualTo(CHARTER + "/versions/1/adoption");
        assertThat(text(adoption)).contains("N'ont pas encore adopté (13)",
                "Cette version entre en vigueur lorsque toutes les collectivités l'ont adoptée, soit 13 sur 13.",
                "Encore 13 adoptions nécessaires");
        assertThat(text(adoptByAll(members.subList(0, 12), 1, null))).contains("Ont adopté (12)",
                "Encore une adoption nécessaire", "Seuil pas encore atteint");
        assertThat(text(adoptByAll(members.subList(12, 13), 1, null))).contains("elle est désormais en vigueur");
        JsonNode versions1 = api(email(epciNode)).get("/api/v1/territories/" + ERDRE + "/charter/versions").json();
        assertThat(versions1.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(versions1.get(0).get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(versions1.get(0).get("adoptions")).hasSize(13);
        assertThat(text(epci.get(baseUrl() + CHARTER))).contains("Version 1 en vigueur depuis le",
                "Règle d'adoption d'une nouvelle version de la charte").doesNotContain("Règles par défaut");
        assertThat(api(email(epciNode)).get("/api/v1/territories/" + ERDRE + "/rules").json().get("adoptionRule")
                .asString()).isEqualTo("TWO_THIRDS");

        // a meeting planned under version 1 freezes 48 hours ahead
        LocalDateTime earlierStart = slots().from(ERDRE, LocalDate.now().plusDays(420).atTime(6, 10));
        ApiClient epciApi = api(email(epciNode));
        Response earlier = epciApi.post("/api/v1/territories/" + ERDRE + "/meetings",
                Map.of("startsAt", earlierStart.toString()));
        assertThat(earlier.status()).isEqualTo(201);
        long earlierId = earlier.json().get("id").asLong();
        assertThat(earlier.json().get("agendaLeadHours").asInt()).isEqualTo(48);
        assertThat(earlier.json().get("charterVersion").asInt()).isEqualTo(1);

        // editing the version in force is refused: a new version is needed
        Page inForceEdit = epci.post(baseUrl() + CHARTER + "/versions/1/articles/ordre-du-jour", Map.of("_csrf",
                v1.csrfToken(), "theme", "DECISION", "title", "Ordre du jour", "text", "x", "rule", "", "lock", "0"));
        assertThat(inForceEdit.status()).isEqualTo(409);
        assertThat(text(inForceEdit)).contains("ne peut plus être modifiée : une nouvelle version est nécessaire");

        // two directors amend the agenda article at once; a bad parameter is refused first
        String amend = baseUrl() + CHARTER + "/articles/ordre-du-jour/amendement";
        Page amendA = epci.get(amend);
        Page amendB = firstCommune.get(amend);
        assertThat(text(amendA)).contains("Texte en vigueur (version 1)");
        Page negative = epci.post(amend, amendmentForm(amendA, AMENDED_TEXT, "-5", earlierId));
        assertThat(negative.status()).isEqualTo(400);
        assertThat(text(negative)).contains("Le délai d'envoi de l'ordre du jour doit être compris entre 0 et 720 heures");
        Page proposed = epci.post(amend, amendmentForm(amendA, AMENDED_TEXT, "72", earlierId));
        assertThat(proposed.uri().getPath()).isEqualTo(CHARTER + "/amendements");
        assertThat(text(proposed)).contains("En discussion");
        Page conflict = firstCommune.post(amend, amendmentForm(amendB, "Envoi 96 heures avant.", "96", earlierId));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(text(conflict)).contains("Un autre amendement à cet article vient d'être enregistré",
                "Envoi 96 heures avant.");

        // the collective decides by consent: 7 collectivités out of 13 reach the quorum
        JsonNode amendment = api(email(epciNode)).get("/api/v1/territories/" + ERDRE + "/charter/amendments").json().get(0);
        assertThat(amendment.get("rule").get("agendaLeadHours").asString()).isEqualTo("72");
        long item = amendment.get("agendaItemId").asLong();
        for (JsonNode c : members.subList(0, 7)) {
            Response position = api(email(c)).post("/api/v1/items/" + item + "/positions",
                    Map.of("collectivitySiren", c.get("siren").asString(), "stance", "AGREE"));
            assertThat(position.status()).isEqualTo(201);
        }
        Response decision = api("facilitateur@demo.nouage.fr").post("/api/v1/items/" + item + "/decision", Map.of());
        assertThat(decision.status()).isEqualTo(200);
        assertThat(decision.json().get("outcome").asString()).isEqualTo("ADOPTED");
        await().atMost(Duration.ofSeconds(30)).until(() -> versionStatus(epciApi, 2).equals("DRAFT"));
        JsonNode adopted = epciApi.get("/api/v1/territories/" + ERDRE + "/charter/amendments").json().get(0);
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("resultVersion").asInt()).isEqualTo(2);

        // the side-by-side diff shows the change
        Page diff = epci.get(baseUrl() + CHARTER + "/versions/2/ecarts");
        assertThat(diff.status()).isEqualTo(200);
        assertThat(diff.body().replaceAll("<span class=\"visually-hidden\">[^<]*</span>", ""))
                .contains("<ins>72 </ins>heures <ins>au moins </ins>avant", "<del>48 </del>heures", "<ins>72 </ins>heures")
                .doesNotContain("agendaLeadHours");
        assertThat(text(diff)).contains("Règle active — Délai d'envoi de l'ordre du jour avant la réunion : ",
                "<del><span class=\"visually-hidden\">[supprimé : </span>48 ");
        assertThat(text(diff)).contains("Un article modifié",
                "Délai d'envoi de l'ordre du jour avant la réunion : 48 heures → 72 heures");

        // version 2 proposed; adopting for another collectivité or twice is refused
        Page v2 = epci.get(baseUrl() + CHARTER + "/versions/2");
        epci.post(baseUrl() + CHARTER + "/versions/2/proposition", Map.of("_csrf", v2.csrfToken()));
        Page adoptionPage = firstCommune.get(baseUrl() + CHARTER + "/versions/2/adoption");
        Page forOther = firstCommune.post(baseUrl() + CHARTER + "/versions/2/adoption", Map.of("_csrf",
                adoptionPage.csrfToken(), "collectivite", epciNode.get("siren").asString(), "reference", ""));
        assertThat(forOther.status()).isEqualTo(403);
        assertThat(text(forOther)).contains("Vous ne pouvez enregistrer l'adoption qu'au nom de la collectivité que vous dirigez");
        Page epciAdoption = epci.get(baseUrl() + CHARTER + "/versions/2/adoption");
        assertThat(text(epciAdoption)).contains(
                "Cette version entre en vigueur lorsqu'au moins les deux tiers des collectivités l'ont adoptée, soit 9 sur 13.");
        Page once = epci.post(baseUrl() + CHARTER + "/versions/2/adoption", Map.of("_csrf", epciAdoption.csrfToken(),
                "collectivite", epciNode.get("siren").asString(), "reference", "Délibération 2027-114"));
        assertThat(text(once)).contains("Ont adopté (1)", "Délibération 2027-114", "N'ont pas encore adopté (12)",
                "Encore 8 adoptions nécessaires : une enregistrée sur les 9 requises.");
        Page twice = epci.post(baseUrl() + CHARTER + "/versions/2/adoption", Map.of("_csrf", once.csrfToken(),
                "collectivite", epciNode.get("siren").asString(), "reference", ""));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(text(twice)).contains("a déjà adopté cette version");
        // two thirds of 13 is 9: the ninth adoption brings version 2 into force, without the last four
        Page eighth = adoptByAll(communes.subList(0, 7), 2, null);
        assertThat(text(eighth)).contains("Ont adopté (8)", "Encore une adoption nécessaire",
                "Seuil pas encore atteint");
        assertThat(versionStatus(epciApi, 2)).isEqualTo("PROPOSED");
        Page ninth = adoptByAll(communes.subList(7, 8), 2, null);
        assertThat(text(ninth)).contains("elle est désormais en vigueur", "Ont adopté (9)",
                "N'ont pas encore adopté (4)", "Seuil atteint : la version est en vigueur depuis le");
        JsonNode threshold = epciApi.get("/api/v1/territories/" + ERDRE + "/charter/versions/2").json();
        assertThat(threshold.get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(threshold.get("adoptionRule").asString()).isEqualTo("TWO_THIRDS");
        assertThat(threshold.get("adoptionThreshold").get("needed").asInt()).isEqualTo(9);
        assertThat(threshold.get("adoptionThreshold").get("adopted").asInt()).isEqualTo(9);
        // the others still record their council's adoption of the version in force
        Page last = adoptByAll(communes.subList(8, 12), 2, "Délibération du conseil municipal");
        assertThat(text(last)).contains("L'adoption est enregistrée.", "Ont adopté (13)")
                .doesNotContain("elle est désormais en vigueur");

        JsonNode versions2 = epciApi.get("/api/v1/territories/" + ERDRE + "/charter/versions").json();
        assertThat(versions2.get(0).get("status").asString()).isEqualTo("IN_FORCE");
        assertThat(versions2.get(0).get("adoptions")).hasSize(13);
        assertThat(versions2.get(0).get("adoptions").get(0).get("siren").asString()).isNotBlank();
        assertThat(versions2.get(1).get("status").asString()).isEqualTo("SUPERSEDED");

        // meetings planned from now on follow version 2; the earlier one keeps what it recorded
        LocalDateTime laterStart = slots().from(ERDRE, LocalDate.now().plusDays(427).atTime(6, 10));
        JsonNode rules = epciApi.get("/api/v1/territories/" + ERDRE + "/rules?at=" + laterStart.toLocalDate()).json();
        assertThat(rules.get("charterVersion").asInt()).isEqualTo(2);
        assertThat(rules.get("agendaLeadHours").asInt()).isEqualTo(72);
        Response later = epciApi.post("/api/v1/territories/" + ERDRE + "/meetings", Map.of("startsAt", laterStart.toString()));
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.json().get("agendaLeadHours").asInt()).isEqualTo(72);
        assertThat(later.json().get("charterVersion").asInt()).isEqualTo(2);
        Instant start = Instant.parse(later.json().get("startsAt").asString());
        assertThat(Instant.parse(later.json().get("agendaFreezesAt").asString())).isEqualTo(start.minus(Duration.ofHours(72)));
        Meeting kept = meetings.find(earlierId).orElseThrow();
        assertThat(kept.agendaLeadHours()).isEqualTo(48);
        assertThat(kept.charterVersion()).isEqualTo(1);
        assertThat(kept.agendaFreezesAt()).isEqualTo(kept.startsAt().minus(Duration.ofHours(48)));

        Page list = epci.get(baseUrl() + CHARTER + "/versions");
        assertThat(text(list)).contains("Version 2", "En vigueur", "Version 1", "Remplacée");
        assertThat(text(epci.get(baseUrl() + CHARTER))).contains("Version 2 en vigueur depuis le", "72 heures");

        // exports read back
        WebSession.Download markdown = epci.download(baseUrl() + CHARTER + "/versions/2/export.md");
        assertThat(markdown.status()).isEqualTo(200);
        String md = new String(markdown.body(), StandardCharsets.UTF_8);
        assertThat(md).startsWith("# Charte de fonctionnement du collectif des directeurs")
                .contains("## Processus de décision {#decision}", AMENDED_TEXT, "> Règle active : agendaLeadHours = 72");
        WebSession.Download pdf = epci.download(baseUrl() + CHARTER + "/versions/2/export.pdf");
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(pdfText).contains("Charte de fonctionnement du collectif des directeurs", "version 2",
                    "Préparation et envoi de l'ordre du jour", "72 heures");
        }
        WebSession.Download odt = epci.download(baseUrl() + CHARTER + "/versions/2/export.odt");
        Map<String, String> entries = unzip(odt.body());
        assertThat(entries.keySet().iterator().next()).isEqualTo("mimetype");
        assertThat(entries.get("mimetype")).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(entries.get("content.xml")).contains("72 heures", "Processus de décision");

        // the Markdown export imports as the first draft of another territory
        WebSession achards = signedIn("dg-" + ACHARDS + "@demo.nouage.fr");
        Page achardsCharter = achards.get(baseUrl() + "/territoires/" + ACHARDS + "/charte");
        Page imported = achards.postMultipart(baseUrl() + "/territoires/" + ACHARDS + "/charte/import",
                Map.of("_csrf", achardsCharter.csrfToken()), "file", "charte.md", "text/markdown", markdown.body());
        assertThat(imported.uri().getPath()).isEqualTo("/territoires/" + ACHARDS + "/charte/versions/1");
        JsonNode copy = api("dg-" + ACHARDS + "@demo.nouage.fr").get("/api/v1/territories/" + ACHARDS
                + "/charter/versions/1").json();
        JsonNode original = epciApi.get("/api/v1/territories/" + ERDRE + "/charter/versions/2").json();
        assertThat(copy.get("status").asString()).isEqualTo("DRAFT");
        assertThat(copy.get("articles").toString()).isEqualTo(original.get("articles").toString());
    }

    private Page editDraft(WebSession session, String key, String rule, int expectedStatus) {
        Page form = session.get(baseUrl() + CHARTER + "/versions/1/articles/" + key);
        Page result = session.post(form.uri().toString(), articleForm(form, field(form, "theme-selected"),
                unescape(field(form, "title")), "Texte de l'article.", rule));
        assertThat(result.status()).isEqualTo(expectedStatus);
        return result;
    }

    private static Map<String, String> articleForm(Page form, String theme, String title, String text, String rule) {
        return Map.of("_csrf", form.csrfToken(), "theme", theme, "title", title, "text", text, "rule", rule, "lock",
                field(form, "lock"));
    }

    private static Map<String, String> amendmentForm(Page form, String text, String leadHours, long meetingId) {
        Map<String, String> fields = new HashMap<>();
        fields.put("_csrf", form.csrfToken());
        fields.put("lock", field(form, "lock"));
        fields.put("title", "Préparation et envoi de l'ordre du jour");
        fields.put("text", text);
        fields.put("rule_agendaLeadHours", leadHours);
        fields.put("motive", "Laisser aux petites communes le temps de lire les documents.");
        fields.put("meeting", Long.toString(meetingId));
        return fields;
    }

    /** Adopts a proposed version for each collectivité, by its own director; returns the last page. */
    private Page adoptByAll(List<JsonNode> collectivities, int number, String reference) {
        Page last = null;
        for (JsonNode c : collectivities) {
            WebSession director = signedIn(email(c));
            String url = baseUrl() + CHARTER + "/versions/" + number + "/adoption";
            Page page = director.get(url);
            last = director.post(url, Map.of("_csrf", page.csrfToken(), "collectivite", c.get("siren").asString(),
                    "reference", reference == null ? "" : reference));
            assertThat(last.status()).as("adoption by %s", c.get("name").asString()).isEqualTo(200);
        }
        return last;
    }

    private String versionStatus(ApiClient client, int number) {
        Response r = client.get("/api/v1/territories/" + ERDRE + "/charter/versions/" + number);
        return r.status() == 200 ? r.json().get("status").asString() : "";
    }

    private List<JsonNode> collectivities(String territory) {
        return api("coordination@demo.nouage.fr").get("/api/v1/territories/" + territory + "/collectivities").json()
                .valueStream().toList();
    }

    private static String email(JsonNode collectivity) {
        return collectivity.get("kind").asString().equals("EPCI")
                ? "dg-" + collectivity.get("siren").asString() + "@demo.nouage.fr"
                : "dgs-" + collectivity.get("inseeCode").asString() + "@demo.nouage.fr";
    }

    private ApiClient api(String email) {
        return api().signIn(email, DEMO_PASSWORD);
    }

    WebSession signedIn(String email) {
        WebSession session = new WebSession();
        Page login = session.get(baseUrl() + "/login");
        Page home = session.post(baseUrl() + "/login", Map.of("email", email, "password", DEMO_PASSWORD, "_csrf",
                login.csrfToken()));
        assertThat(home.uri().getPath()).as("signed in as %s", email).isEqualTo("/");
        return session;
    }

    /** The value of a form field of the page: an input's value, or {@code theme-selected} for the chosen theme. */
    static String field(Page page, String name) {
        if (name.equals("theme-selected")) {
            Matcher m = Pattern.compile("<option value=\"([A-Z]+)\" selected").matcher(page.body());
            return m.find() ? m.group(1) : "ROLES";
        }
        Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " on " + page.uri());
        }
        return m.group(1);
    }

    /** The page's HTML with the entities JTE writes turned back into characters. */
    static String text(Page page) {
        return unescape(page.body());
    }

    static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new java.util.LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals("mimetype")) {
                    assertThat(e.getMethod()).isEqualTo(ZipEntry.STORED);
                }
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
