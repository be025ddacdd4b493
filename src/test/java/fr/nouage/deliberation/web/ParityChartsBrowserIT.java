package fr.nouage.deliberation.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import fr.nouage.support.LivingDemoTest;

/** The parity page of the living demo: charts drawn from data tables that stay readable without them. */
class ParityChartsBrowserIT extends LivingDemoTest {

    private static final String PARITY = "/territoires/248500662/parite";

    @Test
    void chartsAreDrawnFromTheirDataTables() {
        signIn("facilitateur@demo.nouage.fr");
        page.navigate(PARITY);

        for (String table : new String[] {"#tableau-collectivites", "#tableau-strates", "#tableau-presence",
                "#tableau-positions"}) {
            assertThat(page.locator(table + " tbody tr").first()).isVisible();
        }
        assertThat(page.locator(".echart svg")).hasCount(4);
        assertThat(page.locator("#tableau-positions")).containsText("D'accord");
        assertAccessible(page);
    }

    @Test
    void withoutJavaScriptTheTablesAndBarsRemain() {
        newSessionWithoutJavaScript();
        signIn("facilitateur@demo.nouage.fr");
        page.navigate(PARITY);

        assertThat(page.locator("svg.bars").first()).isVisible();
        assertThat(page.locator("#tableau-presence tbody tr").first()).isVisible();
    }

    @Test
    void aPeriodWithoutMeetingSaysSoInsteadOfShowingZeros() {
        signIn("facilitateur@demo.nouage.fr");
        page.navigate(PARITY + "?du=2001-01-01&au=2001-12-31");

        assertThat(page.locator("#gini")).hasText("pas encore de donnée");
        assertThat(page.locator("#pas-de-donnees")).isVisible();
        assertThat(page.locator(".echart")).hasCount(0);
        assertThat(page.getByText("0,00")).hasCount(0);
    }
}
