package fr.nouage.territory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

import fr.nouage.support.BrowserTest;

/** A director signs in, finds their territory and reads its collectivités; others are kept out. */
class TerritoryPagesBrowserIT extends BrowserTest {

    private static final String MORTAGNE_DIRECTOR = "dg-" + MORTAGNE + "@demo.nouage.fr";

    @Test
    void aWrongPasswordIsRefusedInFrench() {
        page.navigate("/login");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Connexion"))).isVisible();
        assertAccessible(page);

        signInAttempt(MORTAGNE_DIRECTOR, "not-the-password");

        assertThat(page).hasURL(Pattern.compile("/login\\?erreur"));
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Adresse ou mot de passe incorrect.");
        assertAccessible(page);
    }

    @Test
    void aDirectorOfMortagneSeesOnlyTheirTerritoryAndItsCollectivities() {
        signIn(MORTAGNE_DIRECTOR);

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Vos territoires"))).isVisible();
        assertThat(page.locator(".cards > li")).hasCount(1);
        assertThat(page.locator(".cards")).containsText("CC du Pays de Mortagne");
        assertAccessible(page);

        page.locator(".cards").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("CC du Pays de Mortagne"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/territoires/" + MORTAGNE + "$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("CC du Pays de Mortagne")
                .setLevel(1))).isVisible();
        Locator rows = page.locator("#collectivites tbody tr");
        assertThat(rows).hasCount(12);
        Locator epci = rows.filter(new Locator.FilterOptions().setHasText("EPCI"));
        assertThat(epci).hasCount(1);
        assertThat(epci).containsText("Direction générale — CC du Pays de Mortagne");
        Locator mortagne = rows.filter(new Locator.FilterOptions().setHasText("Mortagne-sur-Sèvre"));
        assertThat(mortagne).containsText("85151");
        assertThat(mortagne).containsText("6\u202f057");
        assertThat(mortagne).containsText("3 500 à 9 999 hab.");
        assertThat(mortagne).containsText("DGS — Mortagne-sur-Sèvre");
        Locator mallievre = rows.filter(new Locator.FilterOptions().setHasText("Mallièvre"));
        assertThat(mallievre).containsText("moins de 1 000 hab.");
        assertThat(mallievre).containsText("Secrétariat général — Mallièvre");
        assertThat(page.locator("dd", new Page.LocatorOptions().setHasText("Camille Tiers"))).hasCount(1);
        assertThat(page.locator("#fiche + dl")).containsText("Territoire semi-rural.");
        assertThat(page.locator("#fiche + dl")).containsText("48 heures");
        assertAccessible(page);
    }

    @Test
    void sortingByPopulationSwapsTheTableAndUpdatesTheAddress() {
        signIn(MORTAGNE_DIRECTOR);
        page.navigate("/territoires/" + MORTAGNE);
        List<String> byName = firstColumn();

        page.locator("#collectivites thead").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Population")).click();

        assertThat(page).hasURL(Pattern.compile("/territoires/" + MORTAGNE + "\\?tri=population&ordre=asc$"));
        assertThat(page.locator("#collectivites th[aria-sort=ascending]")).hasText(Pattern.compile("Population"));
        List<String> byPopulation = firstColumn();
        assertThat(byPopulation).isNotEqualTo(byName).containsExactlyInAnyOrderElementsOf(byName);
        assertThat(byPopulation.get(0)).startsWith("Mallièvre");
        assertThat(byPopulation.get(byPopulation.size() - 1)).startsWith("CC du Pays de Mortagne");
        assertAccessible(page);

        // from the keyboard: the focus stays on the header that was activated
        Locator populationHeader = page.locator("#collectivites thead").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Population"));
        populationHeader.focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("ordre=desc$"));
        assertThat(page.locator("#collectivites th[aria-sort=descending]")).hasText(Pattern.compile("Population"));
        assertThat(populationHeader).isFocused();
        assertThat(page.locator("#collectivites tbody tr").first()).containsText("CC du Pays de Mortagne");
    }

    @Test
    void aSortAfterTheSessionExpiredLeadsToTheWholeSignInPage() {
        signIn(MORTAGNE_DIRECTOR);
        page.navigate("/territoires/" + MORTAGNE);
        context.clearCookies();

        page.locator("#collectivites thead").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Population")).click();

        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.locator("h1")).hasText("Connexion");
        assertThat(page.locator("#collectivites")).hasCount(0);
    }

    @Test
    void theSortAddressServesTheWholePageOrOnlyTheTableToHtmx() {
        signIn(MORTAGNE_DIRECTOR);
        String url = "/territoires/" + MORTAGNE + "?tri=population&ordre=desc";

        APIResponse whole = context.request().get(url);
        assertThat(whole.status()).isEqualTo(200);
        assertThat(whole.text()).contains("<html", "<h1>CC du Pays de Mortagne</h1>", "id=\"collectivites\"");

        APIResponse fragment = context.request().get(url, RequestOptions.create().setHeader("HX-Request", "true"));
        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.text()).doesNotContain("<html", "<h1>").startsWith("<div id=\"collectivites\"");
        assertThat(fragment.text().indexOf("CC du Pays de Mortagne"))
                .isLessThan(fragment.text().indexOf("Mallièvre"));

        page.navigate(url);
        assertThat(page.locator("#collectivites tbody tr").first()).containsText("CC du Pays de Mortagne");
        assertThat(page.locator("#collectivites tbody tr").last()).containsText("Mallièvre");
    }

    @Test
    void aDirectorOfAnotherTerritoryGetsTheFrenchForbiddenPage() {
        signIn("dg-" + ACHARDS + "@demo.nouage.fr");

        Page.NavigateOptions options = new Page.NavigateOptions();
        var response = page.navigate("/territoires/" + MORTAGNE, options);

        assertThat(response.status()).isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accès refusé"))).isVisible();
        assertThat(page.locator("main")).not().containsText("Mallièvre");
        assertAccessible(page);
    }

    @Test
    void anUnknownTerritoryGetsTheFrenchNotFoundPage() {
        signIn(ADMIN_EMAIL);

        var response = page.navigate("/territoires/999999999");

        assertThat(response.status()).isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page introuvable"))).isVisible();
        assertAccessible(page);
    }

    private void signInAttempt(String email, String password) {
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    private List<String> firstColumn() {
        return page.locator("#collectivites tbody th").allInnerTexts().stream().map(String::strip).toList();
    }
}
