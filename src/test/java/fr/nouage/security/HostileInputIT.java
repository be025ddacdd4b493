package fr.nouage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.Accounts;
import fr.nouage.account.RoleAssignment;
import fr.nouage.security.HostileCorpus.HostileFile;
import fr.nouage.security.HostileCorpus.Payload;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.TestDocuments;
import fr.nouage.support.WebClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Submits the hostile corpus ({@code hostile/payloads.txt}) to every form and API that takes text,
 * in a territory of its own, and checks each answer ({@link HostileChecks}): a clear refusal or a
 * harmless stored value, never a server error, never anything executable in a page; then reads
 * every page that shows what was stored. The figures (payloads x fields) are printed at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputIT extends IntegrationTest {

    /** CC Rhône Lez Provence: a territory no other test uses, with five communes. */
    static final String TERRITORY = "200000628";
    private static final Pattern ID = Pattern.compile(".*/(\\d+)");

    @Autowired
    Accounts accounts;
    @Autowired
    Territories territories;
    @Autowired
    JdbcClient jdbc;

    private final List<Payload> payloads = HostileCorpus.payloads();
    private final HostileChecks checks = new HostileChecks();
    private final HostileFixture fixture = new HostileFixture();
    private final List<String> views = new ArrayList<>();
    private PageClient web;
    private ApiClient api;
    private String epci;
    private String commune;
    private long meeting;
    private long item;
    private long minutesItem;
    private String pact;

    @BeforeAll
    void territory() {
        if (!territories.exists(TERRITORY)) {
            territories.create(TERRITORY);
        }
        List<Collectivity> members = territories.collectivities(TERRITORY).stream().filter(Collectivity::active).toList();
        epci = members.stream().filter(Collectivity::isEpci).findFirst().orElseThrow().siren();
        commune = members.stream().filter(c -> !c.isEpci()).findFirst().orElseThrow().siren();
        for (Collectivity c : members) {
            String email = director(c.siren());
            var account = accounts.findByEmail(email).orElseGet(() -> accounts.create(email, "Direction " + c.name(),
                    DEMO_PASSWORD));
            accounts.assign(account.id(), RoleAssignment.director(TERRITORY, c.siren()));
        }
        fixture.baseUrl(baseUrl());
        web = new PageClient(baseUrl()).signIn(director(epci), DEMO_PASSWORD);
        api = api().signIn(director(epci), DEMO_PASSWORD);
        LocalDateTime start = LocalDate.now().plusDays(200).atTime(9, 0);
        meeting = api.post("/api/v1/territories/" + TERRITORY + "/meetings", Map.of("startsAt", start.toString(),
                "endsAt", start.plusHours(2).toString(), "place", "Salle du conseil")).json().get("id").asLong();
        item = api.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Point à délibérer", "kind",
                "DECISION", "sensitive", false)).json().get("id").asLong();
        minutesItem = api.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Point du compte rendu",
                "kind", "INFORMATION", "sensitive", false)).json().get("id").asLong();
    }

    static String director(String siren) {
        return "hostile-" + siren + "@test.nouage.fr";
    }

    private String t(String path) {
        return "/territoires/" + TERRITORY + path;
    }

    // ---- submitting ----

    /** Sends each payload in each field of a form, the other fields keeping valid values. */
    private void form(String target, String path, Supplier<Map<String, String>> valid, String... fields) {
        for (String field : fields) {
            for (Payload payload : payloads) {
                Map<String, String> values = new LinkedHashMap<>(valid.get());
                values.put(field, payload.value());
                PageClient.Page page = web.post(path, values);
                checks.answer(target + "." + field, payload.name(), page.status(), page.body(), false);
            }
        }
    }

    private void form(String target, String path, Map<String, String> valid, String... fields) {
        form(target, path, () -> valid, fields);
    }

    /** Sends each payload in each field of a JSON request, the other fields keeping valid values. */
    private void json(String target, String method, String path, Map<String, Object> valid, String... fields) {
        for (String field : fields) {
            for (Payload payload : payloads) {
                Map<String, Object> values = new LinkedHashMap<>(valid);
                values.put(field, payload.value());
                ApiClient.Response response = method.equals("PUT") ? api.put(path, values) : api.post(path, values);
                checks.answer("API " + target + "." + field, payload.name(), response.status(), response.body(), true);
            }
        }
    }

    private static String day(int daysFromNow) {
        return LocalDate.now().plusDays(daysFromNow).toString();
    }

    private static String moment(int daysFromNow) {
        return LocalDate.now().plusDays(daysFromNow).atTime(10, 30).toString();
    }

    // ---- the corpus in every form ----

    @Test
    @Order(1)
    void meetingsAgendaMinutesAndActions() {
        form("meeting", t("/reunions/nouvelle"), Map.of("startsAt", moment(300), "endsAt", moment(300).replace("10:30", "12:00"),
                "place", "Mairie", "hostSiren", epci, "facilitatorSiren", epci), "place", "startsAt", "endsAt",
                "hostSiren", "facilitatorSiren", "seance");
        form("agendaItem", t("/reunions/" + meeting + "/points"), Map.of("title", "Proposition", "description", "",
                "kind", "INFORMATION", "destination", "ici"), "title", "description", "kind", "sessionItem",
                "destination");
        form("attendance", t("/reunions/" + meeting + "/presences"), Map.of(), "presence-" + epci);
        minutes();
        form("action", t("/reunions/" + meeting + "/compte-rendu/points/" + minutesItem + "/actions"),
                Map.of("title", "Relancer les communes", "ownerSiren", epci, "dueOn", day(260)), "title", "ownerSiren",
                "dueOn");
        form("meetingHeld", t("/reunions/" + meeting + "/compte-rendu/tenue"), Map.of("chairedBy", "La présidente"),
                "chairedBy");
        String action = fixture.first(web.get(t("/actions")).body(), Pattern.compile("id=\"action-(\\d+)\""));
        form("actionStatus", t("/actions/" + action), Map.of("status", "IN_PROGRESS", "version", "0"), "status",
                "version");
        json("meeting", "POST", "/api/v1/territories/" + TERRITORY + "/meetings", Map.of("startsAt", moment(310),
                "place", "Salle"), "place", "hostSiren", "facilitatorSiren", "startsAt");
        json("agendaItem", "POST", "/api/v1/meetings/" + meeting + "/items", Map.of("title", "Point", "kind",
                "INFORMATION"), "title", "description", "kind");
        json("attendance", "PUT", "/api/v1/meetings/" + meeting + "/attendance", Map.of(epci, "PRESENT"), epci);
        attendanceKeys();
        views.addAll(List.of("", "/reunions", "/reunions/" + meeting, "/reunions/" + meeting + "/compte-rendu",
                "/actions", "/reunions/" + meeting + "/points/" + minutesItem));
    }

    /** The minutes of an item, sent as HTMX does: the answer is the item alone, with the version to send next. */
    private void minutes() {
        String path = t("/reunions/" + meeting + "/compte-rendu/points/" + minutesItem);
        String version = fixture.minutesVersion(web, t("/reunions/" + meeting + "/compte-rendu"), minutesItem);
        for (String field : List.of("minutes", "outcome", "outcomeText", "version")) {
            for (Payload payload : payloads) {
                Map<String, String> values = new LinkedHashMap<>(Map.of("minutes", "Échanges.", "outcome", "NOTED",
                        "outcomeText", "", "version", version));
                values.put(field, payload.value());
                PageClient.Page page = web.postHtmx(path, values);
                checks.answer("minutes." + field, payload.name(), page.status(), page.body(), false);
                String next = page.field("version");
                version = next != null ? next : fixture.minutesVersion(web, t("/reunions/" + meeting + "/compte-rendu"),
                        minutesItem);
            }
        }
    }

    /** Hostile collectivité codes as the keys of the attendance API. */
    private void attendanceKeys() {
        for (Payload payload : payloads) {
            ApiClient.Response response = api.put("/api/v1/meetings/" + meeting + "/attendance",
                    Map.of(payload.value(), "PRESENT"));
            checks.answer("API attendance.key", payload.name(), response.status(), response.body(), true);
        }
    }

    @Test
    @Order(2)
    void sessionsAndBodies() {
        form("session", t("/seances/nouvelle"), Map.of("body", "BUREAU", "startsAt", moment(320), "place", "Hôtel"),
                "body", "inseeCode", "startsAt", "place");
        long session = api.post("/api/v1/territories/" + TERRITORY + "/sessions", Map.of("body", "BUREAU", "startsAt",
                moment(330))).json().get("id").asLong();
        form("sessionItem", t("/seances/" + session + "/points"), Map.of("title", "Budget"), "title");
        json("session", "POST", "/api/v1/territories/" + TERRITORY + "/sessions", Map.of("body", "BUREAU", "startsAt",
                moment(340)), "place", "inseeCode", "body", "startsAt");
        form("body", t("/instances"), Map.of("kind", "NETWORK", "name", "Réseau des finances"), "kind", "name");
        PageClient.Page added = web.post(t("/instances"), Map.of("kind", "OTHER", "name", "Comité"));
        String body = fixture.id(added.location());
        form("bodyMember", t("/instances/" + body + "/membres"), Map.of(), "account");
        form("bodyMemberRemoval", t("/instances/" + body + "/membres/retrait"), Map.of(), "account");
        views.addAll(List.of("/calendrier", "/seances/" + session, "/instances", "/instances/" + body));
    }

    @Test
    @Order(3)
    void deliberationConsultationsAndRemarks() {
        String deliberation = t("/reunions/" + meeting + "/deliberation/" + item);
        ApiClient other = api().signIn(director(commune), DEMO_PASSWORD);
        long objection = other.post("/api/v1/items/" + item + "/positions", Map.of("collectivitySiren", commune,
                "stance", "OBJECTION", "argument", "Le calendrier ne convient pas")).json().get("id").asLong();
        form("position", deliberation + "/position", Map.of("collectivite", epci, "stance", "RESERVATION",
                "argument", "Sous réserve"), "collectivite", "stance", "argument");
        form("objectionAnswer", deliberation + "/objections/" + objection + "/reponse", Map.of("texte", "Réponse"),
                "texte");
        form("objectionWithdrawal", deliberation + "/objections/retrait", Map.of("collectivite", epci, "stance",
                "AGREE", "argument", ""), "collectivite", "stance", "argument");
        form("speakers", deliberation + "/orateurs", Map.of("intention", "QUESTION"), "intention");
        json("position", "POST", "/api/v1/items/" + item + "/positions", Map.of("collectivitySiren", epci, "stance",
                "AGREE", "argument", "D'accord"), "argument", "stance", "collectivitySiren");
        json("objectionAnswer", "POST", "/api/v1/items/" + item + "/objections/" + objection + "/answer",
                Map.of("text", "Réponse"), "text");
        json("objectionWithdrawal", "POST", "/api/v1/items/" + item + "/objections/withdraw",
                Map.of("collectivitySiren", epci, "stance", "AGREE"), "collectivitySiren", "stance", "argument");
        form("remark", t("/reunions/" + meeting + "/remarques"), Map.of("sujet", "SENSITIVE_TOPIC", "texte",
                "Un sujet à aborder"), "sujet", "texte");
        form("consultation", t("/consultations/nouvelle"), Map.of("nature", "SINGLE_CHOICE", "titre", "Date du séminaire",
                "texte", "", "cloture", moment(5), "options", "Mars\nAvril", "points", "100"), "nature", "titre",
                "texte", "cloture", "options", "points", "date-1");
        json("consultation", "POST", "/api/v1/territories/" + TERRITORY + "/consultations", Map.of("kind",
                "SINGLE_CHOICE", "title", "Choix", "closesAt", LocalDate.now().plusDays(6).atStartOfDay()
                        .toInstant(ZoneOffset.UTC).toString(), "options", List.of("Un", "Deux")), "title", "body",
                "kind", "closesAt");
        var opened = api.post("/api/v1/territories/" + TERRITORY + "/consultations", Map.of("kind", "SINGLE_CHOICE",
                "title", "Lieu du séminaire", "closesAt", LocalDate.now().plusDays(7).atStartOfDay()
                        .toInstant(ZoneOffset.UTC).toString(), "options", List.of("Ici", "Là"))).json();
        long consultation = opened.get("id").asLong();
        String option = opened.get("options").get(0).get("id").asString();
        form("consultationAnswer", t("/consultations/" + consultation + "/reponse"), Map.of("collectivite", epci,
                "choix", option, "commentaire", ""), "commentaire", "choix", "collectivite", "stance");
        json("consultationAnswer", "POST", "/api/v1/territories/" + TERRITORY + "/consultations/" + consultation
                + "/answers", Map.of("collectivitySiren", epci, "values", Map.of(option, 1)), "comment",
                "collectivitySiren", "stance");
        form("decision", deliberation + "/decision", Map.of("enonce", "Le collectif émet un avis favorable.",
                "revoir", ""), "enonce", "revoir");
        json("decision", "POST", "/api/v1/items/" + item + "/decision", Map.of("statement", "Décidé"), "statement",
                "reviewOn");
        views.addAll(List.of("/reunions/" + meeting + "/deliberation/" + item, "/reunions/" + meeting
                + "/deliberation/" + item + "/orateurs", "/reunions/" + meeting + "/remarques", "/consultations",
                "/consultations/" + consultation, "/parite"));
    }

    @Test
    @Order(4)
    void charterPactAndExperienceCard() {
        web.post(t("/charte/nouvelle"), Map.of("source", "modele"));
        form("charterImport", t("/charte/import"), Map.of("markdown", "# Charte"), "markdown");
        String key = api.get("/api/v1/territories/" + TERRITORY + "/charter/versions/1").json().get("articles").get(0)
                .get("key").asString();
        String article = t("/charte/versions/1/articles/" + key);
        form("article", article, () -> Map.of("theme", "ROLES", "title", "Rôles", "text", "Texte", "rule", "",
                "lock", web.get(article).field("lock")), "title", "text", "rule", "theme", "lock");
        form("newArticle", t("/charte/versions/1/articles"), Map.of("theme", "INFORMAL", "title", "Article ajouté",
                "text", "", "rule", ""), "theme", "title", "text", "rule");
        fixture.bringIntoForce(web, TERRITORY, territories, this::adoptWith);
        String amendment = t("/charte/articles/" + key + "/amendement");
        form("amendment", amendment, () -> Map.of("title", "Rôles revus", "text", "Nouveau texte", "motive", "",
                "meeting", String.valueOf(meeting), "lock", web.get(amendment).field("lock")), "title", "text",
                "motive", "meeting", "lock");
        web.post(t("/pacte"), Map.of("renouvellement", "2026-03-15"));
        pact = fixture.first(web.get(t("/pacte")).body(), Pattern.compile("/pacte/(\\d+)/calendrier"));
        form("pact", t("/pacte"), Map.of("renouvellement", "2026-03-15"), "renouvellement");
        form("pactTimeline", t("/pacte/" + pact + "/calendrier"), () -> Map.of("debat", "2026-04-01",
                "deliberation", "", "lock", web.get(t("/pacte")).field("lock")), "debat", "elaboration",
                "transmission", "adoption", "deliberation", "lock");
        form("pactOpinion", t("/pacte/" + pact + "/avis"), Map.of("commune", commune, "avis", "FAVORABLE", "date",
                "2026-05-01", "reference", "D-2026-01"), "commune", "avis", "date", "reference");
        form("experienceCard", t("/fiche"), Map.of("profile", "Rural", "stake", "Coopérer", "achievements", ""),
                "profile", "stake", "achievements");
        views.addAll(List.of("/charte", "/charte/versions", "/charte/versions/1", "/charte/versions/1/adoption",
                "/charte/amendements", "/charte/versions/1/ecarts", "/pacte"));
    }

    /** The EPCI adopts with each hostile reference (the first accepted adopts it), the communes by the API. */
    private void adoptWith(String path) {
        form("adoption", path, Map.of("collectivite", epci, "reference", "D-2026-12"), "reference", "collectivite");
        json("adoption", "POST", "/api/v1/territories/" + TERRITORY + "/charter/versions/1/adoptions",
                Map.of("collectivitySiren", epci), "councilReference", "collectivitySiren");
    }

    @Test
    @Order(5)
    void accountsNotificationsQueriesAndSignIn() {
        PageClient admin = new PageClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        PageClient director = web;
        web = admin;
        form("account", "/admin/comptes", () -> Map.of("email", "hostile-" + System.nanoTime() + "@test.nouage.fr",
                "displayName", "Nouveau compte", "password", ""), "email", "displayName", "password");
        long id = accounts.findByEmail(director(commune)).orElseThrow().id();
        form("role", "/admin/comptes/" + id + "/roles", Map.of("role", "ELECTED", "territoire", TERRITORY,
                "collectivite", ""), "role", "territoire", "collectivite");
        form("password", "/admin/comptes/" + id + "/mot-de-passe", Map.of("password", DEMO_PASSWORD), "password");
        form("territory", "/admin/territoires", Map.of("siren", TERRITORY), "siren");
        for (Payload payload : payloads) {
            String q = URLEncoder.encode(payload.value(), StandardCharsets.UTF_8);
            query(admin, "adminTerritories.q", payload, "/admin/territoires?q=" + q);
            query(admin, "adminAccounts.territoire", payload, "/admin/comptes?territoire=" + q);
            query(director, "territory.tri", payload, t("?tri=" + q + "&ordre=" + q));
            query(director, "parity.du", payload, t("/parite?du=" + q + "&au=" + q));
            query(director, "parityCsv.du", payload, t("/parite.csv?du=" + q));
            query(director, "convocation.token", payload, "/convocations/" + q.replace("+", "%20"));
        }
        web = director;
        form("notificationPreference", "/compte/notifications", Map.of("frequence", "DAILY"), "frequence");
        signInWithHostileCredentials();
        views.addAll(List.of("/../../compte/notifications", "/../../notifications"));
        web = admin;
        checkViews(List.of("/admin/comptes", "/admin/comptes/" + id, "/admin/territoires"));
        web = director;
    }

    private void query(PageClient client, String field, Payload payload, String path) {
        PageClient.Page page = client.get(path);
        checks.answer(field, payload.name(), page.status(), page.status() == 200 && path.contains(".csv") ? ""
                : page.body(), false);
    }

    /** Hostile e-mails and passwords at the sign-in form and the API, then the failures are forgotten. */
    private void signInWithHostileCredentials() {
        try {
            for (String field : List.of("email", "password")) {
                for (Payload payload : payloads) {
                    PageClient anonymous = new PageClient(baseUrl());
                    anonymous.get("/login");
                    Map<String, String> values = new HashMap<>(Map.of("email", "personne@test.nouage.fr", "password",
                            "mauvais-mot-de-passe"));
                    values.put(field, payload.value());
                    PageClient.Page page = anonymous.post("/login", values);
                    checks.answer("signIn." + field, payload.name(), page.status(), page.body(), false);
                    if (page.status() == 302 && page.location().contains("/login")) {
                        PageClient.Page shown = anonymous.follow(page);
                        checks.answer("signIn." + field, payload.name(), shown.status(), shown.body(), false);
                    }
                    ApiClient.Response token = api().post("/api/v1/auth/token", values);
                    checks.answer("API token." + field, payload.name(), token.status(), token.body(), true);
                }
            }
        } finally {
            // the failures of this test must not throttle the sign-ins of the tests after it
            jdbc.sql("delete from login_attempt").update();
        }
    }

    // ---- bytes that are not UTF-8 ----

    @Test
    @Order(6)
    void bytesThatAreNotUtf8AreRefusedOrReplaced() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put(t("/reunions/" + meeting + "/points"), "kind=INFORMATION&destination=ici&title=");
        forms.put(t("/reunions/" + meeting + "/remarques"), "sujet=GROUP_FUNCTIONING&texte=");
        forms.put(t("/instances"), "kind=OTHER&name=");
        forms.put(t("/fiche"), "profile=Rural&stake=&achievements=");
        for (var form : forms.entrySet()) {
            for (String bytes : HostileCorpus.INVALID_UTF8) {
                web.get(t(""));
                PageClient.Page page = web.postEncoded(form.getKey(), form.getValue() + bytes);
                checks.answer(form.getKey() + " (not UTF-8)", bytes, page.status(), page.body(), false);
            }
        }
        for (String bytes : HostileCorpus.INVALID_UTF8) {
            byte[] raw = fixture.decodePercent(bytes);
            byte[] body = fixture.concat("{\"title\":\"".getBytes(StandardCharsets.UTF_8), raw,
                    "\",\"kind\":\"INFORMATION\"}".getBytes(StandardCharsets.UTF_8));
            ApiClient.Response response = api.postBytes("/api/v1/meetings/" + meeting + "/items", "application/json",
                    body);
            checks.answer("API agendaItem.title (not UTF-8)", bytes, response.status(), response.body(), true);
        }
        views.add("/reunions/" + meeting);
    }

    // ---- files ----

    @Test
    @Order(7)
    void hostileFilesAndFileNames() {
        String itemPage = t("/reunions/" + meeting + "/points/" + minutesItem);
        for (HostileFile file : HostileCorpus.files()) {
            web.get(itemPage);
            PageClient.Page page = web.postFile(itemPage + "/documents", Map.of(), "fichier", file.fileName(),
                    file.contentType(), file.content());
            checks.answer("agendaDocument.file", file.name(), page.status(), page.body(), false);
        }
        for (Payload payload : payloads) {
            web.get(itemPage);
            PageClient.Page page = web.postFile(itemPage + "/documents", Map.of(), "fichier", payload.value(),
                    "application/pdf", TestDocuments.pdf(payload.name()));
            checks.answer("agendaDocument.fileName", payload.name(), page.status(), page.body(), false);
        }
        downloadsAreAttachmentsWithSafeNames(itemPage);
        String importPage = t("/seances/import");
        for (String property : List.of("SUMMARY", "LOCATION")) {
            for (Payload payload : payloads) {
                String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hostile//FR\r\nBEGIN:VEVENT\r\nUID:hostile-"
                        + property + "-" + payload.name() + "\r\nDTSTART:" + LocalDate.now().plusDays(250)
                                .toString().replace("-", "") + "T170000Z\r\n" + (property.equals("SUMMARY") ? ""
                                        : "SUMMARY:Bureau\r\n") + property + ":" + payload.value()
                        + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
                web.get(importPage);
                PageClient.Page page = web.postFile(importPage, Map.of("body", "BUREAU"), "file", "seances.ics",
                        "text/calendar", ics.getBytes(StandardCharsets.UTF_8));
                checks.answer("icsImport." + property, payload.name(), page.status(), page.body(), false);
            }
        }
        for (HostileFile file : HostileCorpus.files()) {
            web.get(importPage);
            PageClient.Page ics = web.postFile(importPage, Map.of("body", "BUREAU"), "file", file.fileName(),
                    file.contentType(), file.content());
            checks.answer("icsImport.file", file.name(), ics.status(), ics.body(), false);
            web.get(t("/charte"));
            PageClient.Page charter = web.postFile(t("/charte/import"), Map.of(), "file", file.fileName(),
                    file.contentType(), file.content());
            checks.answer("charterImport.file", file.name(), charter.status(), charter.body(), false);
            PageClient.Page text = web.postFile(t("/pacte/" + pact + "/texte"), Map.of(), "file", file.fileName(),
                    file.contentType(), file.content());
            checks.answer("pactText.file", file.name(), text.status(), text.body(), false);
        }
        views.addAll(List.of("/reunions/" + meeting + "/points/" + minutesItem, "/calendrier", "/seances/import"));
        geographyUploads();
    }

    /** Every stored document downloads as an attachment of its real type, under a name without folder or line break. */
    private void downloadsAreAttachmentsWithSafeNames(String itemPage) {
        WebClient downloads = new WebClient(baseUrl()).signIn(director(epci), DEMO_PASSWORD);
        for (String link : PageClient.all(Pattern.compile("href=\"(" + Pattern.quote(itemPage) + "/documents/\\d+)\""),
                web.get(itemPage).body())) {
            WebClient.Page file = downloads.get(link);
            String disposition = file.header("Content-Disposition");
            String type = file.header("Content-Type");
            if (file.status() != 200 || disposition == null || !disposition.startsWith("attachment")
                    || disposition.matches("(?s).*(filename\\*?=[^;]*[/\\\\]|[\\r\\n]).*")
                    || !"nosniff".equals(file.header("X-Content-Type-Options"))
                    || type == null || type.startsWith("text/html") || type.contains("svg")) {
                checks.problem("download " + link + ": " + file.status() + " " + type + " " + disposition);
            }
        }
    }

    /** Hostile official-geography files: each import is refused by name, nothing else happens. */
    private void geographyUploads() {
        PageClient admin = new PageClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        List<HostileFile> files = new ArrayList<>(HostileCorpus.files());
        files.add(new HostileFile("json-gzip-bomb", "epci.json.gz", "application/gzip", HostileCorpus.gzipBomb(70)));
        for (HostileFile file : files) {
            admin.get("/admin/geographie");
            PageClient.Page page = admin.postFiles("/admin/geographie", Map.of("epci", file, "communes", file));
            checks.answer("geography.files", file.name(), page.status(), page.body(), false);
            if (page.status() == 302 && page.location().contains("/imports/")) {
                String result = fixture.finishedImport(admin, page.location());
                checks.answer("geography.files", file.name(), 200, result, false);
                if (!result.contains("class=\"alert\"") || result.contains("inattendue")) {
                    checks.problem("geography import of " + file.name() + " not refused clearly: "
                            + result.substring(Math.max(0, result.indexOf("<main")), Math.min(result.length(),
                                    result.indexOf("<main") + 600)));
                }
            }
        }
    }

    // ---- exports ----

    @Test
    @Order(8)
    void theSpreadsheetExportsNeutraliseFormulas() throws java.io.IOException {
        web.get(t("/reunions/" + meeting + "/compte-rendu"));
        web.post(t("/reunions/" + meeting + "/compte-rendu/points/" + minutesItem + "/actions"), Map.of("title",
                "=HYPERLINK(\"http://evil\")", "ownerSiren", epci, "dueOn", day(261)));
        WebClient downloads = new WebClient(baseUrl()).signIn(director(epci), DEMO_PASSWORD);
        for (String export : List.of(t("/actions.csv"), t("/parite.csv"))) {
            WebClient.Page csv = downloads.get(export);
            assertThat(csv.status()).as(export).isEqualTo(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).startsWith("attachment");
            byte[] bytes = csv.bytes();
            assertThat(java.util.Arrays.copyOf(bytes, 3)).as("byte order mark").containsExactly(0xEF, 0xBB, 0xBF);
            String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
            List<String> cells = new ArrayList<>();
            try (var parser = org.apache.commons.csv.CSVFormat.EXCEL.builder().setDelimiter(';').get()
                    .parse(new java.io.StringReader(text))) {
                parser.forEach(row -> row.forEach(cells::add));
            }
            assertThat(cells).as("cells of " + export + " a spreadsheet would run")
                    .noneMatch(c -> !c.isEmpty() && "=+@\t\r".indexOf(c.charAt(0)) >= 0)
                    .noneMatch(c -> c.startsWith("-") && !c.matches("-\\d+"));
            if (export.endsWith("actions.csv")) {
                assertThat(cells).contains("'=HYPERLINK(\"http://evil\")");
            }
        }
    }

    // ---- reading back ----

    @Test
    @Order(20)
    void everyPageShowingStoredValuesIsHarmless() {
        checkViews(views.stream().map(this::t).distinct().toList());
    }

    private void checkViews(List<String> paths) {
        for (String path : paths) {
            String normalized = java.net.URI.create(path).normalize().toString();
            PageClient.Page page = web.get(normalized);
            checks.page(normalized, page.status(), page.body());
        }
    }

    /** Each test answers for its own hostile requests: a problem fails the test that caused it. */
    @AfterEach
    void noAnswerWasAServerErrorALeakOrSomethingExecutable() {
        List<String> problems = checks.takeProblems();
        assertThat(problems).as("answers to hostile input that are not clean refusals or harmless values")
                .isEmpty();
    }

    @AfterAll
    void figures() {
        System.out.println("HOSTILE INPUT: " + checks.figures());
    }

    static String idOf(String location) {
        Matcher m = ID.matcher(location == null ? "" : location);
        return m.find() ? m.group(1) : "0";
    }
}
