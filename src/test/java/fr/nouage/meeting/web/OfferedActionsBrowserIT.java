package fr.nouage.meeting.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import fr.nouage.support.LivingDemoTest;

/** Pages offer only what their reader may do now, and say why when an action is not possible yet. */
class OfferedActionsBrowserIT extends LivingDemoTest {

    private static final String MORTAGNE = "/territoires/248500662";

    @Test
    void theEluIsNotOfferedTheMinutesOfAMeetingNotHeldYet() {
        signIn("elu-248500662@demo.nouage.fr");
        page.navigate("/");
        page.locator(".home-part", new Page.LocatorOptions().setHasText("Prochaines réunions du collectif"))
                .getByRole(AriaRole.LINK).first().click();

        assertThat(page.getByText("seront lisibles une fois la réunion tenue")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Télécharger le relevé (PDF)")))
                .hasCount(0);
        Locator ics = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter à mon agenda (.ics)"));
        APIResponse event = context.request().get(ics.getAttribute("href"));
        assertThat(event.status()).isEqualTo(200);
        assertThat(event.text()).contains("BEGIN:VEVENT").contains("Collectif des directeurs");
    }

    @Test
    void aFutureMeetingCannotBeMarkedHeldAndThePageSaysWhen() {
        signIn("dg-248500662@demo.nouage.fr");
        page.navigate("/");
        String meeting = page.locator(".home-part", new Page.LocatorOptions().setHasText("Prochaines réunions du collectif"))
                .getByRole(AriaRole.LINK).first().getAttribute("href");
        page.navigate(meeting + "/compte-rendu");

        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Marquer la réunion comme tenue")))
                .hasCount(0);
        assertThat(page.getByText("pourra être marquée comme tenue à partir de son début")).isVisible();
    }

    @Test
    void theCalendarOffersTheSubscriptionAndTheDownload() {
        signIn("dgs-85134@demo.nouage.fr");
        page.navigate(MORTAGNE + "/calendrier");

        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                "S'abonner au calendrier (flux privé pour votre application d'agenda)"))).isVisible();
        APIResponse calendar = context.request().get(MORTAGNE + "/calendrier.ics");
        assertThat(calendar.headers().get("content-type")).startsWith("text/calendar");
        assertThat(calendar.text()).contains("BEGIN:VCALENDAR");
    }
}
