package fr.nouage.account;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import fr.nouage.support.BrowserTest;

/**
 * The admin creates an account and makes it the director of a commune of Mortagne, with or without
 * JavaScript; the new person then signs in and finds Mortagne.
 */
class AccountAdminBrowserIT extends BrowserTest {

    @Test
    void aNewDirectorChosenWithHtmxSignsInAndSeesTheirTerritory() {
        signIn(ADMIN_EMAIL);
        createAccount("nouvelle.dgs@tiffauges.test", "Nina Nouvelle");

        page.getByLabel("Territoire", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("CC du Pays de Mortagne"));
        // the collectivité choices of Mortagne are swapped in without reloading the page
        assertThat(page.getByLabel("Collectivité").locator("option", new Locator.LocatorOptions().setHasText("Tiffauges")))
                .hasCount(1);
        assertThat(page).hasURL(Pattern.compile("/admin/comptes/\\d+$"));
        assertAccessible(page);
        addDirectorRole("Tiffauges");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revenir à la liste des comptes")).click();
        page.getByLabel("Territoire", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("CC du Pays de Mortagne"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrer")).click();
        Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Nina Nouvelle"));
        assertThat(row).containsText("Direction (DGS, DGA, secrétaire général·e) · CC du Pays de Mortagne");
        assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("dg-" + ACHARDS + "@demo.nouage.fr"))).hasCount(0);

        signInElsewhereAndOpenMortagne("nouvelle.dgs@tiffauges.test", "Tiffauges", "Nina Nouvelle");
    }

    @Test
    void theRoleCanBeGivenWithoutJavaScript() {
        signIn(ADMIN_EMAIL);
        createAccount("sans.js@mallievre.test", "Sam Sans-Script");
        newSessionWithoutJavaScript();
        signIn(ADMIN_EMAIL);
        page.navigate("/admin/comptes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sam Sans-Script")).click();

        page.getByLabel("Territoire", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("CC du Pays de Mortagne"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choisir ce territoire")).click();

        assertThat(page).hasURL(Pattern.compile("territoire=248500662"));
        assertAccessible(page);
        addDirectorRole("Mallièvre");

        signInElsewhereAndOpenMortagne("sans.js@mallievre.test", "Mallièvre", "Sam Sans-Script");
    }

    private void createAccount(String email, String name) {
        page.navigate("/admin/comptes");
        assertAccessible(page);
        page.getByLabel("Adresse électronique").fill(email);
        page.getByLabel("Nom affiché").fill(name);
        page.getByLabel("Mot de passe (facultatif)").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le compte")).click();

        assertThat(page).hasURL(Pattern.compile("/admin/comptes/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Le compte a été créé");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setLevel(1))).isVisible();
    }

    private void addDirectorRole(String commune) {
        page.getByLabel("Rôle", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setValue("DIRECTOR"));
        page.getByLabel("Collectivité").selectOption(new SelectOption().setLabel(commune));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ajouter un rôle")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Le rôle a été ajouté.");
        Locator roles = page.locator("ul.roles");
        assertThat(roles).containsText("Direction");
        assertThat(roles).containsText("CC du Pays de Mortagne");
        assertThat(roles).containsText(commune);
        assertAccessible(page);
    }

    private void signInElsewhereAndOpenMortagne(String email, String commune, String name) {
        newSession();
        signIn(email);

        assertThat(page.locator(".cards > li")).hasCount(1);
        page.locator(".cards").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("CC du Pays de Mortagne"))
                .click();
        assertThat(page.locator("#collectivites tbody tr").filter(new Locator.FilterOptions().setHasText(commune)))
                .containsText(name);
    }
}
