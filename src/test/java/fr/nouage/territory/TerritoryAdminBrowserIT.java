package fr.nouage.territory;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.support.BrowserTest;

/** The admin finds an EPCI of the official geography and creates its territory. */
class TerritoryAdminBrowserIT extends BrowserTest {

    private static final String CHALLANS = "200071629";

    @Test
    void theAdminCreatesTheTerritoryOfAnEpciFoundByName() {
        signIn(ADMIN_EMAIL);
        page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Créer un territoire")).click();
        assertAccessible(page);

        page.getByLabel("Nom ou SIREN de l'EPCI").fill("Challans");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();

        Locator result = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("CC Challans-Gois Communauté"));
        assertThat(result).containsText(CHALLANS);
        assertThat(result.locator("td.num").first()).hasText("11");
        assertAccessible(page);

        result.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName("Créer le territoire CC Challans-Gois Communauté")).click();

        assertThat(page).hasURL(Pattern.compile("/territoires/" + CHALLANS + "$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le territoire a été créé avec ses collectivités.");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("CC Challans-Gois Communauté")
                .setLevel(1))).isVisible();
        assertThat(page.locator("#collectivites tbody tr")).hasCount(12);
        assertThat(page.locator("#collectivites tbody")).containsText("Challans");
        assertAccessible(page);

        page.navigate("/admin/territoires?q=Challans");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("CC Challans-Gois Communauté")).getByRole(AriaRole.LINK)).hasText("Ouvrir");
    }
}
