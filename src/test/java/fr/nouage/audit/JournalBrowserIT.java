package fr.nouage.audit;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import fr.nouage.support.BrowserTest;

/** The coordinator reaches a territory's journal from its menu and filters it; the pages pass axe-core. */
class JournalBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theCoordinatorOpensAndFiltersTheJournalOfATerritory() {
        // the roles of the demonstration accounts, given at start-up, are the first entries
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from audit_entry where territory_siren = ? and kind = 'ROLE_GRANTED'")
                .param(MORTAGNE).query(Long.class).single() > 0);
        signIn("coordination@demo.nouage.fr");
        page.navigate("/territoires/" + MORTAGNE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/territoires/" + MORTAGNE + "/journal$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Journal des modifications — CC du Pays de Mortagne");

        page.getByLabel("Type de modification").selectOption(new SelectOption().setLabel("Rôle attribué"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        assertThat(page).hasURL(Pattern.compile("type=ROLE_GRANTED"));
        Locator rows = page.locator("#journal tbody tr");
        assertThat(rows.first()).containsText("Rôle attribué");
        assertThat(rows.first()).containsText("Nouage (automatique)");
        assertThat(page.locator("#journal tbody")).not().containsText("Compte rendu modifié");
        assertAccessible(page);

        newSession();
        signIn("dg-" + MORTAGNE + "@demo.nouage.fr");
        page.navigate("/territoires/" + MORTAGNE);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal").setExact(true)))
                .hasCount(0);

        newSession();
        signIn(ADMIN_EMAIL);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/admin/journal$"));
        assertThat(page.locator("#journal thead")).containsText("Territoire");
        assertAccessible(page);
    }
}
