package fr.nouage.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import fr.nouage.support.BrowserTest;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The Pays de Mortagne's interdependences in a browser with axe-core on each page: its director
 * imports a commuting flows file from the page, a malformed one is refused naming its line, and the
 * split of actives, the flow diagram with its table, the poles and the matrix are shown.
 */
class InterdependenceBrowserIT extends BrowserTest {

    @Autowired
    Territories territories;

    @Test
    void aDirectorImportsAFlowsFileAndTheTerritorysInterdependenceIsShownWithItsDiagram() {
        List<Collectivity> communes = territories.collectivities(MORTAGNE).stream()
                .filter(c -> !c.isEpci() && c.active()).toList();
        Collectivity mortagne = communes.stream().filter(c -> "85151".equals(c.inseeCode())).findFirst().orElseThrow();
        Collectivity other = communes.stream().filter(c -> c != mortagne).findFirst().orElseThrow();
        Collectivity third = communes.stream().filter(c -> c != mortagne && c != other).findFirst().orElseThrow();
        String m = mortagne.inseeCode();
        String o = other.inseeCode();
        String t = third.inseeCode();
        signIn("dg-" + MORTAGNE + "@demo.nouage.fr");

        page.navigate("/territoires/" + MORTAGNE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Interdépendances").setExact(true)).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Imports de flux")).waitFor();
        // before any import, an example labelled as made up, never presented as INSEE's figures
        PlaywrightAssertions.assertThat(page.locator("#exemple .warning")).containsText("Ce ne sont pas des données officielles");
        PlaywrightAssertions.assertThat(page.locator("#exemple .echart-sankey svg")).hasCount(1);
        assertAccessible(page);

        // a malformed file is refused, naming its line
        upload("flux-faux.csv", FlowFiles.baseFlux("29", m + ";" + m + ";12", o + ";" + m + ";douze"));
        PlaywrightAssertions.assertThat(page.locator("#erreur-import")).containsText("Ligne 3");
        assertAccessible(page);

        upload("base-flux-mobilite-2029.csv", FlowFiles.baseFlux("29", m + ";" + m + ";1200,4", o + ";" + m + ";310,25",
                o + ";" + o + ";150", t + ";" + m + ";95,5", t + ";" + o + ";20", m + ";44109;80,6", o + ";49007;15"));
        PlaywrightAssertions.assertThat(page.locator("p.notice[role=status]")).containsText("Les flux ont été importés");
        String where = page.locator("#tableau-lieux").innerText();
        // 1,200.4 + 150 actives work in their own commune, 310.25 + 95.5 + 20 in another, 80.6 + 15 outside
        assertThat(where).contains("Dans leur commune").contains("Hors du territoire");
        assertThat(where.replaceAll("[\\s\\u00a0\\u202f]", "")).contains("commune135072%").contains("territoire42623%")
                .contains("territoire965%");
        // the diagram is drawn from its table
        PlaywrightAssertions.assertThat(page.locator(".echart-sankey svg")).hasCount(1);
        assertThat(page.locator("#tableau-liens tbody tr").first().innerText()).contains(other.name())
                .contains(mortagne.name()).contains("310");
        assertThat(page.locator("#tableau-poles").innerText()).contains(mortagne.name()).contains("2 communes");
        assertThat(page.locator("#source").innerText()).contains("Insee").contains("2029").contains("Licence Ouverte");
        assertAccessible(page);
    }

    private void upload(String name, String content) {
        page.getByLabel("Fichier de flux de l'Insee").setInputFiles(new FilePayload(name, "text/csv",
                content.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importer les flux")).click();
        page.waitForLoadState();
    }
}
