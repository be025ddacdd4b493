package fr.nouage.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.support.LivingDemoTest;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The observatory on the living demo, in a browser with axe-core on each page: the facilitator opens
 * a barometer wave in the Pays de Mortagne, six directors answer and the results appear at the fifth
 * answer and not before; the mirror and the alerts are on the path's page, where the lever of the
 * overdue reflexive point puts one on the next agenda; the coordinator's heat map shows the four
 * demo territories.
 */
class ObservatoryBrowserIT extends LivingDemoTest {

    @Autowired
    Territories territories;

    @Test
    void aWaveIsAnsweredTheMirrorAndAlertsShowAndALeverSchedulesAReflexivePoint() {
        String barometer = "/territoires/" + MORTAGNE + "/barometre";
        signIn("facilitateur@demo.nouage.fr");
        page.navigate("/territoires/" + MORTAGNE);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Maturité").setExact(true)).click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chemin de maturation — ")).first().waitFor();
        assertAccessible(page);
        page.navigate(barometer);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ouvrir une nouvelle vague")).click();
        page.locator("#barometre-attente").waitFor();
        assertAccessible(page);

        List<String> directors = new ArrayList<>();
        for (Collectivity c : territories.collectivities(MORTAGNE)) {
            if (c.active() && directors.size() < 6) {
                directors.add(c.isEpci() ? "dg-" + MORTAGNE + "@demo.nouage.fr" : "dgs-" + c.inseeCode() + "@demo.nouage.fr");
            }
        }
        for (int n = 0; n < directors.size(); n++) {
            newSession();
            signIn(directors.get(n));
            page.navigate(barometer);
            page.getByLabel("Processus de décision").selectOption("5");
            page.getByLabel("Parité").selectOption(n % 2 == 0 ? "2" : "3");
            page.getByLabel("Interdépendance assumée").check();
            if (n == 0) {
                assertAccessible(page);
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer ma réponse")).click();
            page.getByText("Votre réponse est enregistrée.").waitFor();
            if (n < 4) {
                assertThat(page.locator("#barometre-attente").textContent()).contains((n + 1) + " réponse");
                assertThat(page.locator("#tableau-percu").count()).isZero();
            } else {
                assertThat(page.locator("#barometre-repondants").textContent()).contains((n + 1) + " répondants");
                assertThat(page.locator("#tableau-percu").textContent()).contains("Processus de décision");
            }
        }
        assertAccessible(page);

        // the path, its mirror and its alerts; Mortagne never held a reflexive point
        page.navigate("/territoires/" + MORTAGNE + "/maturite");
        assertThat(page.locator("#tableau-miroir").textContent()).contains("Processus de décision");
        assertThat(page.locator("#tableau-seuils").textContent()).contains("Le système de relations")
                .contains("flux domicile-travail").contains("réseau");
        assertThat(page.content()).contains("Pas de point sur le fonctionnement du groupe depuis trop longtemps");
        assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("L'inscrire maintenant").setExact(false))
                .first().click();
        page.getByText("Un point réflexif est inscrit à l'ordre du jour de la prochaine réunion.").waitFor();
        assertThat(page.content()).contains("Point réflexif : comment fonctionne notre collectif ?");
        assertAccessible(page);

        // how it is measured
        page.navigate("/territoires/" + MORTAGNE + "/maturite/mesure");
        assertAccessible(page);

        // the coordinator's heat map
        newSession();
        signIn("coordination@demo.nouage.fr");
        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Observatoire").setExact(true)).click();
        String map = page.locator("#carte-chaleur").textContent();
        assertThat(map).contains("Pays de Mortagne").contains("Pays des Achards").contains("Erdre et Gesvres")
                .contains("Ancenis");
        assertAccessible(page);
    }
}
