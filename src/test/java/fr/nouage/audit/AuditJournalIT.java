package fr.nouage.audit;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import tools.jackson.databind.JsonNode;

/**
 * Real changes made through the pages and the API of a territory of its own (CC Terre de Camargue:
 * the EPCI and 3 communes): the admin grants the directors their roles, they write, propose and
 * adopt a charter, decide an item, write, hold and publish the minutes. The coordinator then reads
 * each change in the territory's journal with who made it and when; a director is refused.
 */
class AuditJournalIT extends IntegrationTest {

    private static final String CAMARGUE = "243000650";
    private static final String JOURNAL = "/territoires/" + CAMARGUE + "/journal";
    private static final String COORDINATOR = "coordination@demo.nouage.fr";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(PARIS);
    private static final Pattern ROW = Pattern.compile("<tr>\\s*<td><time datetime=\"[^\"]+\">(.*?)</time></td>(.*?)</tr>",
            Pattern.DOTALL);

    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorReadsWhoChangedRolesCharterDecisionsAndMinutesAndWhen() {
        List<Collectivity> members = territory();
        List<Account> directors = new ArrayList<>();
        PageClient admin = new PageClient(baseUrl()).signIn(ADMIN_EMAIL, DEMO_PASSWORD);
        for (Collectivity c : members) {
            Account account = accounts.findByEmail(email(c)).orElseGet(() -> accounts.create(email(c),
                    "Direction " + c.name(), DEMO_PASSWORD));
            directors.add(account);
            admin.get("/admin/comptes/" + account.id());
            PageClient.Page granted = admin.post("/admin/comptes/" + account.id() + "/roles",
                    Map.of("role", "DIRECTOR", "territoire", CAMARGUE, "collectivite", c.siren()));
            assertThat(granted.status()).isEqualTo(302);
        }
        Collectivity epci = members.get(0);
        PageClient epciPages = new PageClient(baseUrl()).signIn(email(epci), DEMO_PASSWORD);
        ApiClient epciApi = api().signIn(email(epci), DEMO_PASSWORD);

        // a charter written from the model, proposed and adopted by the 4 collectivités
        epciPages.get("/territoires/" + CAMARGUE + "/charte");
        assertThat(epciPages.post("/territoires/" + CAMARGUE + "/charte/nouvelle", Map.of("source", "modele"))
                .status()).isEqualTo(302);
        assertThat(epciPages.post("/territoires/" + CAMARGUE + "/charte/versions/1/proposition", Map.of()).status())
                .isEqualTo(302);
        for (Collectivity c : members) {
            PageClient director = new PageClient(baseUrl()).signIn(email(c), DEMO_PASSWORD);
            director.get("/territoires/" + CAMARGUE + "/charte/versions/1/adoption");
            assertThat(director.post("/territoires/" + CAMARGUE + "/charte/versions/1/adoption",
                    Map.of("collectivite", c.siren(), "reference", "Délibération " + c.siren())).status()).isEqualTo(302);
        }
        assertThat(epciApi.get("/api/v1/territories/" + CAMARGUE + "/charter/versions/1").json().get("status")
                .asString()).isEqualTo("IN_FORCE");

        // an item decided by consent, then the minutes written, the meeting held and the minutes published
        long meeting = epciApi.post("/api/v1/territories/" + CAMARGUE + "/meetings",
                Map.of("startsAt", slots().from(CAMARGUE, 500).toString())).json().get("id").asLong();
        long item = epciApi.post("/api/v1/meetings/" + meeting + "/items", Map.of("title", "Groupement de commandes",
                "kind", "DECISION", "sensitive", false)).json().get("id").asLong();
        for (Collectivity c : members) {
            assertThat(api().signIn(email(c), DEMO_PASSWORD).post("/api/v1/items/" + item + "/positions",
                    Map.of("collectivitySiren", c.siren(), "stance", "AGREE")).status()).isEqualTo(201);
        }
        // the charter enacted rotation: the collectivité facilitating the meeting records the decision
        String leading = jdbc.sql("select coalesce(facilitator_siren, ?) from meeting where id = ?").params(CAMARGUE, meeting)
                .query(String.class).single();
        ApiClient leaderApi = api().signIn(email(members.stream().filter(c -> c.siren().equals(leading)).findFirst()
                .orElse(epci)), DEMO_PASSWORD);
        assertThat(leaderApi.post("/api/v1/items/" + item + "/decision", Map.of()).json().get("outcome").asString())
                .isEqualTo("ADOPTED");
        moveToPast(meeting);
        String minutes = "/territoires/" + CAMARGUE + "/reunions/" + meeting + "/compte-rendu";
        PageClient.Page sheet = epciPages.get(minutes);
        assertThat(epciPages.post(minutes + "/points/" + item, Map.of("minutes", "Le groupement est constitué.",
                "outcome", "", "outcomeText", "", "version", sheet.field("version"))).status()).isEqualTo(302);
        assertThat(epciPages.post(minutes + "/tenue", Map.of("chairedBy", "M. Arnaud")).status()).isEqualTo(302);
        assertThat(epciPages.post(minutes + "/publication", Map.of()).status()).isEqualTo(302);

        // the coordinator reads each change, with who made it and when
        ApiClient coordinatorApi = api().signIn(COORDINATOR, DEMO_PASSWORD);
        List<String> expected = List.of("ROLE_GRANTED", "CHARTER_VERSION_CREATED", "CHARTER_PROPOSED", "CHARTER_ADOPTED",
                "CHARTER_IN_FORCE", "RULES_ENACTED", "DECISION_TAKEN", "MINUTES_EDITED", "MEETING_HELD",
                "MINUTES_PUBLISHED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(kinds(coordinatorApi.get(
                "/api/v1/territories/" + CAMARGUE + "/audit").json())).containsAll(expected));
        JsonNode log = coordinatorApi.get("/api/v1/territories/" + CAMARGUE + "/audit").json();
        String epciName = "Direction " + epci.name();
        String adminName = accounts.findByEmail(ADMIN_EMAIL).orElseThrow().displayName();
        assertThat(entries(log, "ROLE_GRANTED")).hasSize(4)
                .allSatisfy(e -> assertThat(e.get("actor").get("name").asString()).isEqualTo(adminName));
        assertThat(entries(log, "CHARTER_ADOPTED")).hasSize(4).extracting(e -> e.get("actor").get("name").asString())
                .containsExactlyInAnyOrderElementsOf(directors.stream().map(Account::displayName).toList());
        JsonNode edited = entries(log, "MINUTES_EDITED").get(0);
        assertThat(edited.get("actor").get("name").asString()).isEqualTo(epciName);
        assertThat(edited.get("actor").get("accountId").asLong()).isEqualTo(directors.get(0).id());
        assertThat(edited.get("summary").asString()).contains("Groupement de commandes");
        assertThat(edited.get("subject").get("id").asString()).isEqualTo(String.valueOf(item));
        assertThat(Instant.parse(edited.get("occurredAt").asString())).isBetween(Instant.now().minusSeconds(300),
                Instant.now());
        assertThat(entries(log, "DECISION_TAKEN").get(0).get("summary").asString()).contains("Adopté");
        assertThat(entries(log, "CHARTER_IN_FORCE").get(0).get("actor").get("name").asString())
                .isEqualTo(directors.get(3).displayName());

        PageClient coordinator = new PageClient(baseUrl()).signIn(COORDINATOR, DEMO_PASSWORD);
        PageClient.Page page = coordinator.get(JOURNAL);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Journal des modifications — CC Terre de Camargue", "Rôle attribué",
                "Charte adoptée par une collectivité", "Charte entrée en vigueur", "Règles actives mises en vigueur",
                "Décision prise", "Compte rendu modifié", "Réunion marquée comme tenue", "Compte rendu publié");
        assertThat(row(page, "Compte rendu modifié")).contains(SHOWN.format(Instant.parse(edited.get("occurredAt")
                .asString())), epciName, "Groupement de commandes");
        assertThat(row(page, "Réunion marquée comme tenue")).contains(epciName, "M. Arnaud");
        assertThat(row(page, "Rôle attribué")).contains(adminName, "Direction (DGS, DGA, secrétaire général·e)");

        // filtered by kind and by days
        PageClient.Page roles = coordinator.get(JOURNAL + "?type=ROLE_GRANTED");
        assertThat(rows(roles)).hasSize(4).allSatisfy(r -> assertThat(r).contains("Rôle attribué", adminName));
        String tomorrow = LocalDate.now(PARIS).plusDays(1).toString();
        assertThat(rows(coordinator.get(JOURNAL + "?du=" + tomorrow))).isEmpty();
        assertThat(rows(coordinator.get(JOURNAL + "?au=" + LocalDate.now(PARIS).minusDays(1))))
                .isEmpty();
        PageClient.Page backwards = coordinator.get(JOURNAL + "?du=" + tomorrow + "&au=2020-01-01");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text()).contains("La date de fin précède la date de début.");
        assertThat(coordinatorApi.get("/api/v1/territories/" + CAMARGUE + "/audit?kind=DECISION_TAKEN").json()
                .get("entries")).hasSize(1);

        // a director of the territory may not read it
        assertThat(epciPages.get(JOURNAL).status()).isEqualTo(403);
        assertThat(epciApi.get("/api/v1/territories/" + CAMARGUE + "/audit").status()).isEqualTo(403);
        assertThat(epciPages.get("/admin/journal").status()).isEqualTo(403);
        assertThat(coordinator.get("/admin/journal").status()).isEqualTo(403);

        // the admin reads every territory, 50 entries a page
        PageClient.Page all = admin.get("/admin/journal");
        assertThat(all.status()).isEqualTo(200);
        assertThat(rows(all)).hasSize(50);
        assertThat(all.body()).contains("rel=\"next\" href=\"/admin/journal?page=2\"");
        PageClient.Page second = admin.get("/admin/journal?page=2");
        assertThat(rows(second)).isNotEmpty();
        assertThat(second.body()).contains("rel=\"prev\" href=\"/admin/journal?\"");
        assertThat(rows(admin.get("/admin/journal?territoire=" + CAMARGUE + "&type=CHARTER_ADOPTED"))).hasSize(4)
                .allSatisfy(r -> assertThat(r).contains("CC Terre de Camargue"));
    }

    private List<Collectivity> territory() {
        if (!territories.exists(CAMARGUE)) {
            territories.create(CAMARGUE);
        }
        List<Collectivity> members = territories.collectivities(CAMARGUE).stream().filter(Collectivity::active).toList();
        assertThat(members).hasSize(4);
        return members;
    }

    private static String email(Collectivity c) {
        return "audit-" + c.siren() + "@test.nouage.fr";
    }

    private void moveToPast(long meeting) {
        Instant start = Instant.now().minus(Duration.ofHours(3));
        jdbc.sql("update meeting set starts_at = ?, ends_at = ?, agenda_freezes_at = ? where id = ?")
                .params(Timestamp.from(start), Timestamp.from(start.plus(Duration.ofHours(2))),
                        Timestamp.from(start.minus(Duration.ofHours(48))), meeting).update();
    }

    private static List<String> kinds(JsonNode log) {
        List<String> kinds = new ArrayList<>();
        log.get("entries").forEach(e -> kinds.add(e.get("kind").asString()));
        return kinds;
    }

    private static List<JsonNode> entries(JsonNode log, String kind) {
        List<JsonNode> found = new ArrayList<>();
        log.get("entries").forEach(e -> {
            if (e.get("kind").asString().equals(kind)) {
                found.add(e);
            }
        });
        return found;
    }

    /** Each row of the journal's table, as text: its time, then its cells. */
    private static List<String> rows(PageClient.Page page) {
        List<String> rows = new ArrayList<>();
        Matcher m = ROW.matcher(page.text());
        while (m.find()) {
            rows.add(m.group(1) + " " + m.group(2).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
        }
        return rows;
    }

    private static String row(PageClient.Page page, String kind) {
        return rows(page).stream().filter(r -> r.contains(kind)).findFirst().orElseThrow();
    }
}
