package fr.nouage;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.support.LivingDemoTest;

/** One consistent frame: territory tabs everywhere in a territory, a favicon, a page that fits 390 px. */
class FrameBrowserIT extends LivingDemoTest {

    private static final String MORTAGNE = "/territoires/248500662";

    @Test
    void everyPageOfATerritoryKeepsItsTabs() {
        signIn("dg-248500662@demo.nouage.fr");
        page.navigate(MORTAGNE + "/reunions");
        String meeting = page.locator("section[aria-labelledby=passees] tbody a").first().getAttribute("href");
        for (String path : List.of(MORTAGNE + "/fiche", meeting + "/compte-rendu", MORTAGNE + "/charte",
                MORTAGNE + "/charte/versions", MORTAGNE + "/actions")) {
            page.navigate(path);
            assertThat(page.locator("nav.subnav")).hasCount(1);
        }
        assertThat(context.request().get("/img/favicon.svg").status()).isEqualTo(200);
        // each tab shows its icon: a mask drawn from an SVG of the icon set that the server serves
        page.navigate(MORTAGNE + "/calendrier");
        for (String icon : page.locator("nav.subnav a").all().stream().map(a -> (String) a.evaluate(
                "a => getComputedStyle(a, '::before').getPropertyValue('mask-image')")).toList()) {
            String url = icon.replaceAll("^url\\(\"?(?:https?://[^/]+)?([^\")]+)\"?\\)$", "$1");
            assertThat(url).as("icon of a tab").startsWith("/webjars/bootstrap-icons/icons/");
            assertThat(context.request().get(url).status()).as(url).isEqualTo(200);
        }
    }

    @Test
    void theConsultationFormShowsOnlyTheFieldsOfTheKindChosen() {
        signIn("dg-248500662@demo.nouage.fr");
        page.navigate(MORTAGNE + "/consultations/nouvelle");

        page.locator("#nature-CONSENT").check();
        assertThat(page.locator("#options")).isHidden();
        assertThat(page.locator("#date-1")).isHidden();
        page.locator("#nature-SINGLE_CHOICE").check();
        assertThat(page.locator("#options")).isVisible();
        assertThat(page.locator("#points")).isHidden();
        page.locator("#nature-DATE_POLL").check();
        assertThat(page.locator("#date-1")).isVisible();
        assertThat(page.locator("#options")).isHidden();
    }

    @Test
    void pagesFitA390PixelScreen() {
        page.setViewportSize(390, 844);
        signIn("dgs-85134@demo.nouage.fr");
        for (String path : List.of("/", MORTAGNE, MORTAGNE + "/reunions", MORTAGNE + "/parite", MORTAGNE + "/calendrier")) {
            page.navigate(path);
            Object width = page.evaluate("document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as(path).isLessThanOrEqualTo(390);
        }
        assertThat(page.getByRole(AriaRole.BANNER)).isVisible();
    }
}
