package fr.nouage.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.Stance;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.ApiClient;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import tools.jackson.databind.JsonNode;

/**
 * A charter version in force cannot be altered, only superseded by a later version: on a territory
 * of its own (CC Jalle-Eau-Bourde, the EPCI and 3 communes), every door that writes a version refuses
 * it with a French message or a 409 JSON error, and the version stays as adopted, also once superseded.
 */
class AdoptedCharterIT extends IntegrationTest {

    private static final String JALLE = "243301165";
    private static final String CHARTER = "/territoires/" + JALLE + "/charte";

    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;
    @Autowired
    Charters charters;
    @Autowired
    CharterAdoptions adoptions;
    @Autowired
    CharterAmendments amendments;
    @Autowired
    Deliberations deliberations;
    @Autowired
    Meetings meetings;

    @Test
    void aVersionInForceRefusesEveryChangeAndStaysAsAdopted() {
        List<Collectivity> members = adoptedVersionOne();
        String epci = email(members.get(0));
        ApiClient api = api().signIn(epci, DEMO_PASSWORD);
        JsonNode adopted = api.get("/api/v1/territories/" + JALLE + "/charter/versions/1").json();
        assertThat(adopted.get("status").asString()).isEqualTo("IN_FORCE");
        PageClient director = new PageClient(baseUrl()).signIn(epci, DEMO_PASSWORD);

        // the article form of the page
        PageClient.Page form = director.get(CHARTER + "/versions/1/articles/ordre-du-jour");
        assertThat(form.status()).isEqualTo(409);
        PageClient.Page edited = director.post(CHARTER + "/versions/1/articles/ordre-du-jour", Map.of("theme",
                "DECISION", "title", "Ordre du jour réécrit", "text", "Envoyé la veille.", "rule", "", "lock", "0"));
        assertThat(edited.status()).isEqualTo(409);
        assertThat(edited.text()).contains("La version 1 a été adoptée et ne peut plus être modifiée : une nouvelle "
                + "version est nécessaire.");

        // adding an article, importing over it, proposing it again
        PageClient.Page added = director.post(CHARTER + "/versions/1/articles", Map.of("theme", "ROLES", "title",
                "Article ajouté", "text", "Texte.", "rule", ""));
        assertThat(added.status()).isEqualTo(409);
        assertThat(added.text()).contains("ne peut plus être modifiée");
        String markdown = new String(director.get(CHARTER + "/versions/1/export.md").body());
        PageClient.Page imported = director.post(CHARTER + "/import", Map.of("markdown", markdown));
        assertThat(imported.status()).isEqualTo(409);
        assertThat(imported.text()).contains("la charte évolue désormais par amendements, pas par import");
        PageClient.Page proposed = director.post(CHARTER + "/versions/1/proposition", Map.of());
        assertThat(proposed.status()).isEqualTo(409);

        // the API: adopting it again (a version in force still takes the adoptions of the collectivités
        // that had not adopted it yet, but never a second one)
        ApiClient.Response again = api.post("/api/v1/territories/" + JALLE + "/charter/versions/1/adoptions",
                Map.of("collectivitySiren", members.get(0).siren(), "councilReference", "Autre délibération"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("message").asString()).contains("a déjà adopté cette version");

        JsonNode after = api.get("/api/v1/territories/" + JALLE + "/charter/versions/1").json();
        assertThat(after.get("articles").toString()).isEqualTo(adopted.get("articles").toString());
        assertThat(after.get("adoptions").toString()).isEqualTo(adopted.get("adoptions").toString());
        assertThat(after.get("status").asString()).isEqualTo("IN_FORCE");

        // once superseded by version 2, version 1 still cannot change
        supersedeByVersionTwo(members);
        JsonNode superseded = api.get("/api/v1/territories/" + JALLE + "/charter/versions/1").json();
        assertThat(superseded.get("status").asString()).isEqualTo("SUPERSEDED");
        director.get(CHARTER + "/versions/1");
        PageClient.Page late = director.post(CHARTER + "/versions/1/articles/ordre-du-jour", Map.of("theme",
                "DECISION", "title", "Ordre du jour réécrit", "text", "Envoyé la veille.", "rule", "", "lock", "0"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("La version 1 a été adoptée et ne peut plus être modifiée");
        assertThat(api.get("/api/v1/territories/" + JALLE + "/charter/versions/1").json().get("articles").toString())
                .isEqualTo(adopted.get("articles").toString());
    }

    /** An amendment decided by consent makes version 2, adopted by all: version 1 is superseded. */
    private void supersedeByVersionTwo(List<Collectivity> members) {
        List<NouageUser> directors = members.stream().map(this::director).toList();
        CharterVersion one = charters.version(JALLE, 1).orElseThrow();
        Article article = charters.articles(one.id()).stream().filter(a -> a.key().equals("ordre-du-jour")).findFirst()
                .orElseThrow();
        Meeting meeting = meetings.schedule(JALLE, new Meetings.NewMeeting(LocalDate.now().plusDays(600).atTime(9, 0),
                null, null, null, null, null));
        Amendment amendment = amendments.propose(JALLE, new CharterAmendments.Proposal(article.key(), article.title(),
                "L'ordre du jour est envoyé 72 heures avant la réunion.", article.rule().format(), null, meeting.id(),
                article.lockVersion()), directors.get(0));
        for (int i = 0; i < members.size(); i++) {
            deliberations.express(amendment.agendaItemId(), members.get(i).siren(), Stance.AGREE, null, directors.get(i));
        }
        // the collectivité facilitating the meeting (rotation enacted by the charter) records the decision
        int leading = members.stream().map(Collectivity::siren).toList().indexOf(meeting.facilitatorSiren());
        deliberations.decide(amendment.agendaItemId(), null, null, directors.get(Math.max(0, leading)));
        await().atMost(Duration.ofSeconds(30)).until(() -> charters.version(JALLE, 2).isPresent());
        adoptions.propose(JALLE, 2, directors.get(0));
        for (int i = 0; i < members.size(); i++) {
            adoptions.adopt(JALLE, 2, members.get(i).siren(), null, directors.get(i));
        }
    }

    /** Version 1 from the model, adopted by the 4 collectivités of the territory. */
    private List<Collectivity> adoptedVersionOne() {
        if (!territories.exists(JALLE)) {
            territories.create(JALLE);
        }
        List<Collectivity> members = territories.collectivities(JALLE).stream().filter(Collectivity::active).toList();
        assertThat(members).hasSize(4);
        List<NouageUser> directors = members.stream().map(this::director).toList();
        charters.start(JALLE, true, directors.get(0));
        adoptions.propose(JALLE, 1, directors.get(0));
        for (int i = 0; i < members.size(); i++) {
            adoptions.adopt(JALLE, 1, members.get(i).siren(), null, directors.get(i));
        }
        return members;
    }

    private NouageUser director(Collectivity c) {
        Account account = accounts.findByEmail(email(c)).orElseGet(() -> accounts.create(email(c),
                "Direction " + c.name(), DEMO_PASSWORD));
        RoleAssignment role = RoleAssignment.director(JALLE, c.siren());
        accounts.assign(account.id(), role);
        return new NouageUser(account.id(), account.email(), account.displayName(), List.of(role));
    }

    private static String email(Collectivity c) {
        return "charte-" + c.siren() + "@test.nouage.fr";
    }
}
