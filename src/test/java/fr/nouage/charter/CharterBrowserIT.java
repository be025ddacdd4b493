package fr.nouage.charter;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.Stance;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.BrowserTest;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import tools.jackson.databind.JsonNode;

/**
 * The charter's story on Erdre et Gesvres (the EPCI and 12 communes) in a browser, each main page
 * checked with axe-core: the EPCI's director starts from the model charter and proposes it (its
 * adoption by the 13 collectivités is recorded directly), amends the agenda article (48 → 72
 * hours), the collective decides by consent on the deliberation page, version 2 shows its
 * side-by-side differences, is proposed and adopted by each collectivité's director with the
 * reference of its council's deliberation, and the rules then say 72 hours.
 */
class CharterBrowserIT extends BrowserTest {

    private static final String CHARTER = "/territoires/" + ERDRE + "/charte";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Territories territories;
    @Autowired
    Meetings meetings;
    @Autowired
    Deliberations deliberations;
    @Autowired
    CharterAdoptions adoptions;
    @Autowired
    CharterAmendments amendments;

    @Test
    void fromTheModelCharterToAnAmendedVersionInForce() {
        CharterReset.erase(jdbc, ERDRE);
        List<Collectivity> members = territories.collectivities(ERDRE).stream().filter(Collectivity::active).toList();
        assertThat(members).hasSize(13);
        Collectivity epci = members.stream().filter(Collectivity::isEpci).findFirst().orElseThrow();
        Meeting meeting = meetings.schedule(ERDRE, new Meetings.NewMeeting(slots().from(ERDRE, 300),
                null, null, null, null, null));

        // 1. the EPCI's director starts from the model and proposes version 1
        signIn(email(epci));
        page.navigate(CHARTER);
        assertThat(page.getByText("Règles par défaut").first()).isVisible();
        assertAccessible(page);
        page.getByLabel("Le modèle de charte de Nouage", new Page.GetByLabelOptions().setExact(false)).check();
        button("Commencer");
        page.waitForURL(url -> url.endsWith(CHARTER + "/versions/1"));
        assertThat(heading()).containsText("Version 1");
        assertThat(page.locator("#article-ordre-du-jour")).containsText("48 heures");
        assertAccessible(page);
        button("Proposer cette version à l'adoption");
        page.waitForURL(url -> url.endsWith("/versions/1/adoption"));
        assertThat(page.locator("#seuil")).containsText("toutes les collectivités l'ont adoptée, soit 13 sur 13");
        assertAccessible(page);
        for (Collectivity c : members) {
            adoptions.adopt(ERDRE, 1, c.siren(), null, director(c));
        }

        // 2. the director proposes an amendment of the agenda article from the charter in force
        page.navigate(CHARTER);
        assertThat(page.getByText("Version 1 en vigueur depuis le")).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Proposer un amendement à l'article « Préparation et envoi de l'ordre du jour »")).click();
        page.waitForURL(url -> url.endsWith("/articles/ordre-du-jour/amendement"));
        assertAccessible(page);
        page.getByLabel("Nouveau texte proposé").fill("Tout membre peut proposer un point. L'ordre du jour est envoyé "
                + "à tous les membres, avec les documents utiles, 72 heures au moins avant la réunion.");
        page.getByLabel("Délai d'envoi de l'ordre du jour avant la réunion").fill("72");
        page.getByLabel("Motif de l'amendement").fill("Laisser aux petites communes le temps de lire les documents.");
        page.getByLabel("Réunion du collectif où il sera discuté").selectOption(Long.toString(meeting.id()));
        button("Proposer l'amendement");
        page.waitForURL(url -> url.endsWith(CHARTER + "/amendements"));
        assertThat(page.locator("table")).containsText("En discussion");
        assertAccessible(page);

        // 3. the collective decides by consent: the EPCI's position on the page, six communes' by
        // their directors elsewhere, and the facilitator records the decision
        long item = amendments.ofTerritory(ERDRE).get(0).agendaItemId();
        String deliberation = "/territoires/" + ERDRE + "/reunions/" + meeting.id() + "/deliberation/" + item;
        page.navigate(deliberation);
        page.locator("#stance-" + epci.siren() + "-AGREE").check();
        button("Enregistrer la position");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("La position a été enregistrée.");
        members.stream().filter(c -> !c.isEpci()).limit(6).forEach(c ->
                deliberations.express(item, c.siren(), Stance.AGREE, null, director(c)));
        newSession();
        signIn("facilitateur@demo.nouage.fr");
        page.navigate(deliberation);
        button("Enregistrer la décision");
        assertThat(page.locator("#decision")).containsText("Adopté");
        await().atMost(Duration.ofSeconds(30)).until(() -> amendments.ofTerritory(ERDRE).get(0).resultVersionId() != null);

        // 4. version 2 shows what changed, side by side, and is proposed for adoption
        newSession();
        signIn(email(epci));
        page.navigate(CHARTER + "/versions/2");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Écarts avec la version 1")).click();
        page.waitForURL(url -> url.endsWith("/versions/2/ecarts"));
        assertThat(page.locator("#regles-changees + ul"))
                .containsText("Délai d'envoi de l'ordre du jour avant la réunion : 48 heures → 72 heures");
        assertThat(page.locator(".side.old")).containsText("Règle active — Délai d'envoi de l'ordre du jour avant la réunion");
        assertThat(page.locator(".side.old del", new Page.LocatorOptions().setHasText("48")).first()).isVisible();
        assertThat(page.locator(".side.new ins", new Page.LocatorOptions().setHasText("72")).first()).isVisible();
        assertThat(page.locator(".side.new ins .visually-hidden").first()).containsText("[ajouté :");
        assertAccessible(page);
        page.navigate(CHARTER + "/versions/2");
        button("Proposer cette version à l'adoption");
        page.waitForURL(url -> url.endsWith("/versions/2/adoption"));

        // 5. each collectivité's director records its adoption, with its council's deliberation
        int number = 0;
        for (Collectivity c : members) {
            number++;
            newSession();
            signIn(email(c));
            page.navigate(CHARTER + "/versions/2/adoption");
            page.getByLabel("Référence de la délibération du conseil (facultatif)")
                    .fill("Délibération 2027-" + (100 + number));
            button("Enregistrer l'adoption par " + c.name());
            page.waitForLoadState();
            assertThat(page.locator("#adoptions")).containsText("Délibération 2027-" + (100 + number));
            if (number == 12) {
                assertThat(page.locator("#seuil")).containsText("Encore une adoption nécessaire");
                assertThat(page.locator("#en-attente")).containsText(members.get(12).name());
                assertAccessible(page);
                    }
        }
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("elle est désormais en vigueur");
        assertThat(page.locator("#seuil")).containsText("Seuil atteint");

        // 6. the rules page and the rules API now say 72 hours, set by version 2
        page.navigate(CHARTER);
        assertThat(page.getByText("Version 2 en vigueur depuis le")).isVisible();
        assertThat(page.locator("table.rules tr").filter(new Locator.FilterOptions()
                .setHasText("Délai d'envoi de l'ordre du jour avant la réunion")).locator("td")).hasText("72 heures");
        assertAccessible(page);
        JsonNode rules = api().signIn(email(epci), DEMO_PASSWORD).get("/api/v1/territories/" + ERDRE + "/rules").json();
        assertThat(rules.get("charterVersion").asInt()).isEqualTo(2);
        assertThat(rules.get("agendaLeadHours").asInt()).isEqualTo(72);
    }

    private void button(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    private Locator heading() {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
    }

    private static String email(Collectivity c) {
        return c.isEpci() ? "dg-" + c.siren() + "@demo.nouage.fr" : "dgs-" + c.inseeCode() + "@demo.nouage.fr";
    }

    /** A user directing a collectivité, for what the story records without a browser. */
    private static NouageUser director(Collectivity c) {
        return new NouageUser(800_000_000L + Long.parseLong(c.siren()) % 1_000_000, "test-" + c.siren() + "@example.org",
                "Direction " + c.name(), List.of(RoleAssignment.director(ERDRE, c.siren())));
    }
}
