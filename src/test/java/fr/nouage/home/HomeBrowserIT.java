package fr.nouage.home;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.support.LivingDemoTest;

/** The home page tells each person, on the living demo, what awaits them and where to do it. */
class HomeBrowserIT extends LivingDemoTest {

    @Test
    void theSecretaryOfMallievreSeesHerNextMeetingAndThePositionsExpectedThenGivesOne() {
        signIn(MALLIEVRE_SECRETARY);
        page.navigate("/");

        Locator block = page.locator("section.home-block");
        assertThat(block.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Prochaines réunions du collectif")))
                .isVisible();
        assertThat(block.getByText("Ordre du jour ouvert jusqu'au").first()).isVisible();
        Locator positions = block.locator(".home-part", new Locator.LocatorOptions().setHasText("Positions attendues de Mallièvre"));
        assertThat(positions).isVisible();
        Locator item = positions.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schéma des mobilités : avis sur le projet"));
        assertThat(item).isVisible();
        assertThat(block.getByText("Réponse de votre collectivité attendue.")).isVisible();
        assertAccessible(page);

        item.click();
        page.getByLabel("D'accord").first().check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer la position")).click();
        page.waitForLoadState();
        page.navigate("/");

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schéma des mobilités : avis sur le projet")))
                .hasCount(0);
        assertThat(page.getByText("Mutualisation d'un délégué à la protection des données")).isVisible();
    }

    @Test
    void theEluSeesTheOpinionsForwardedToTheNextSitting() {
        signIn("elu-248500662@demo.nouage.fr");
        page.navigate("/");

        Locator sittings = page.locator(".home-part", new Page.LocatorOptions().setHasText("Prochaines séances des élus"));
        assertThat(sittings.getByText("avis techniques du collectif transmis").first()).isVisible();
        assertThat(page.getByText("Positions attendues")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void theFacilitatorSeesEachTerritoryTheyFollowWithWhatNeedsAttention() {
        signIn("facilitateur@demo.nouage.fr");
        page.navigate("/");

        assertThat(page.locator("section.home-block")).hasCount(4);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("actions? en retard$"))).first())
                .isVisible();
        assertAccessible(page);
    }
}
