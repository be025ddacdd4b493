package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;

/** The calendar of both chains and the sub-navigation, on the Pays de Mortagne demo territory. */
class CalendarPageIT extends IntegrationTest {

    private static final String BASE = "/territoires/" + MORTAGNE;

    private PageClient director() {
        return new PageClient(baseUrl()).signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
    }

    /** Plans a bureau and returns its id. */
    private static String planBureau(PageClient client, String startsAt) {
        Page form = client.get(BASE + "/seances/nouvelle");
        Page planned = client.post(BASE + "/seances/nouvelle", Map.of("body", "BUREAU", "startsAt", startsAt,
                "jeton", form.field("jeton")));
        assertThat(planned.status()).as("sitting planned").isEqualTo(302);
        return planned.location().substring(planned.location().lastIndexOf('/') + 1);
    }

    /** The calendar entry of a sitting. */
    private static String entryOf(Page calendar, String sessionId) {
        int link = calendar.body().indexOf(BASE + "/seances/" + sessionId + "\"");
        assertThat(link).as("the calendar shows sitting " + sessionId).isPositive();
        int start = calendar.body().lastIndexOf("<li", link);
        return new Page(200, calendar.body().substring(start, calendar.body().indexOf("</li>", link)), null).text();
    }

    @Test
    void theTerritoryAndItsMeetingPagesShareOneSubNavigation() {
        PageClient director = director();

        Page territory = director.get(BASE);
        assertThat(territory.body()).contains("<nav class=\"subnav\"")
                .contains("href=\"" + BASE + "\" aria-current=\"page\"")
                .contains("href=\"" + BASE + "/calendrier\" aria-current=\"false\"")
                .contains("href=\"" + BASE + "/reunions\" aria-current=\"false\"");
        assertThat(director.get(BASE + "/calendrier").body())
                .contains("href=\"" + BASE + "/calendrier\" aria-current=\"page\"");
        assertThat(director.get(BASE + "/reunions").body())
                .contains("href=\"" + BASE + "/reunions\" aria-current=\"page\"")
                .contains("href=\"" + BASE + "\" aria-current=\"false\"");
    }

    @Test
    void aBureauWithoutUpstreamMeetingIsFlaggedAndItsButtonPlansTheProposedMeeting() {
        PageClient director = director();
        LocalDate thursday = LocalDate.now(PARIS).plusWeeks(9).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        String sessionId = planBureau(director, thursday + "T18:00");
        String calendarPath = BASE + "/calendrier?annee=" + thursday.getYear();

        String entry = entryOf(director.get(calendarPath), sessionId);
        assertThat(entry).contains("Bureau communautaire").contains("Sans réunion du collectif en amont")
                .contains("href=\"" + BASE + "/reunions/nouvelle?seance=" + sessionId + "\"")
                .contains("Planifier la réunion du collectif");

        Page form = director.get(BASE + "/reunions/nouvelle?seance=" + sessionId);
        LocalDate tuesday = thursday.minusDays(2);
        assertThat(form.field("startsAt")).isEqualTo(tuesday + "T09:00");
        assertThat(form.field("endsAt")).isEqualTo(tuesday + "T11:30");
        assertThat(form.selected("seance")).isEqualTo(sessionId);
        Page planned = director.post(BASE + "/reunions/nouvelle", Map.of("startsAt", form.field("startsAt"),
                "endsAt", form.field("endsAt"), "hostSiren", form.selected("hostSiren"),
                "facilitatorSiren", form.selected("facilitatorSiren"), "seance", sessionId,
                "jeton", form.field("jeton")));
        assertThat(planned.status()).isEqualTo(302);
        assertThat(director.follow(planned).text()).contains("Prépare la séance").contains("Bureau communautaire");

        Page after = director.get(calendarPath);
        String prepared = entryOf(after, sessionId);
        assertThat(prepared).doesNotContain("Sans réunion du collectif en amont")
                .contains("Préparée par la").contains("réunion du collectif du "
                        + String.format("%02d/%02d/%d", tuesday.getDayOfMonth(), tuesday.getMonthValue(), tuesday.getYear()));
        assertThat(after.body()).contains(planned.location().replaceFirst("^https?://[^/]+", ""));
        assertThat(director.get(BASE + "/seances/" + sessionId).text()).contains("Le collectif prépare cette séance");
    }

    @Test
    void aSittingWhoseConvocationIsLateIsFlagged() {
        PageClient director = director();
        LocalDate soon = LocalDate.now(PARIS).plusDays(2);
        String sessionId = planBureau(director, soon + "T18:00");

        String entry = entryOf(director.get(BASE + "/calendrier?annee=" + soon.getYear()), sessionId);

        assertThat(entry).contains("Convocation en retard");
    }

    @Test
    void htmxGetsTheYearAloneAndABrowserTheWholePage() {
        PageClient director = director();
        int next = LocalDate.now(PARIS).getYear() + 1;

        Page fragment = director.getHtmx(BASE + "/calendrier?annee=" + next);
        Page whole = director.get(BASE + "/calendrier?annee=" + next);

        assertThat(fragment.status()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<div id=\"calendrier-annee\">").doesNotContain("<html")
                .contains("Année " + next).contains("Janvier " + next).contains("Décembre " + next);
        assertThat(whole.body()).contains("<html").contains("<div id=\"calendrier-annee\">")
                .contains("hx-get=\"" + BASE + "/calendrier?annee=" + (next + 1) + "\"");
        Matcher months = Pattern.compile("<h3 id=\"mois-\\d+\"").matcher(whole.body());
        assertThat(months.results().count()).isEqualTo(12);
    }

    @Test
    void anElectedMemberReadsTheCalendarWithoutPlanningAndOtherTerritoriesAreClosed() {
        PageClient director = director();
        LocalDate thursday = LocalDate.now(PARIS).plusWeeks(16).with(TemporalAdjusters.next(DayOfWeek.THURSDAY));
        String sessionId = planBureau(director, thursday + "T18:00");
        PageClient elected = new PageClient(baseUrl()).signIn("elu-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);

        Page calendar = elected.get(BASE + "/calendrier?annee=" + thursday.getYear());

        assertThat(calendar.status()).isEqualTo(200);
        assertThat(entryOf(calendar, sessionId)).contains("Sans réunion du collectif en amont")
                .doesNotContain("Planifier la réunion du collectif");
        assertThat(calendar.text()).doesNotContain("Nouvelle séance des élus");
        assertThat(elected.get(BASE + "/calendrier?annee=1500").status()).isEqualTo(404);
        PageClient other = new PageClient(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD);
        assertThat(other.get(BASE + "/calendrier").status()).isEqualTo(403);
        assertThat(other.get(BASE + "/reunions").status()).isEqualTo(403);
        assertThat(other.get(BASE + "/rotation").status()).isEqualTo(403);
    }
}
