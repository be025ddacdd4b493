package fr.nouage.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.NouageUser;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.SpeakingIntent;
import fr.nouage.deliberation.SpeakingTurn;
import fr.nouage.deliberation.SpeakingTurns;
import fr.nouage.deliberation.Stance;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.PageClient.Page;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.SizeClass;
import fr.nouage.territory.Territories;
import tools.jackson.databind.JsonNode;

/**
 * Parity figures of the Pays de Mortagne (the EPCI and 11 communes) checked against a hand-computed
 * example: three meetings in 2049, the only ones of that territory from then on.
 *
 * <pre>
 *             attended excused proposed positions turns(spoken) contributions hosted facilitated
 * EPCI              3       0        2         2      1             5            1      1
 * C1                3       0        1         1      1             3            2      1
 * C2                1       1        0         1      0 (1 waiting) 1            0      1
 * C3                1       0        0         1      1             2            0      0
 * 8 others          0       0        0         0      0             0            0      0
 * </pre>
 * Total 11 contributions over 12 collectivités; sorted: eight 0, then 1, 2, 3, 5 at ranks 9 to 12:
 * Σ i·x = 9 + 20 + 33 + 60 = 122, Gini = 2·122 / (12·11) − 13/12 = 0.7652. EPCI share 5/11 = 45.5 %,
 * EPCI hosting 1/3. C1 to C3 have 1,000 to 3,499 inhabitants: 6 contributions, 54.5 %. The eight
 * others were heard in none of the last three meetings.
 */
class ParityPageIT extends IntegrationTest {

    private static final Pattern NUMBERS = Pattern.compile("<td class=\"num\">(\\d+)</td>");

    @Autowired
    Meetings meetings;
    @Autowired
    Territories territories;
    @Autowired
    Deliberations deliberations;
    @Autowired
    SpeakingTurns turns;

    private Meeting meeting(LocalDateTime at, String host, String facilitator) {
        return meetings.schedule(MORTAGNE, new Meetings.NewMeeting(at, null, null, host, facilitator, null));
    }

    private AgendaItem item(Meeting m, String title, Collectivity by) {
        return meetings.propose(m.id(), new Meetings.ProposedItem(title, null, ItemKind.DECISION, false, null, false),
                DeliberationFixture.director(MORTAGNE, by));
    }

    private void position(AgendaItem item, Collectivity c, Stance stance) {
        deliberations.express(item.id(), c.siren(), stance, stance == Stance.OBJECTION ? "Raison" : null,
                DeliberationFixture.director(MORTAGNE, c));
    }

    private SpeakingTurn turn(AgendaItem item, Collectivity c, boolean spoken) {
        SpeakingTurn t = turns.ask(item.id(), SpeakingIntent.FOR, DeliberationFixture.director(MORTAGNE, c));
        if (spoken) {
            turns.markSpoken(item.id(), t.id(), DeliberationFixture.facilitator(MORTAGNE));
        }
        return t;
    }

    private static List<String> numbers(String body, String siren) {
        int start = body.indexOf("<tr id=\"parite-" + siren + "\">");
        assertThat(start).as("row of " + siren).isPositive();
        return PageClient.all(NUMBERS, body.substring(start, body.indexOf("</tr>", start)));
    }

    @Test
    void theFiguresOfAPeriodMatchTheHandComputedExample() {
        Collectivity epci = territories.collectivities(MORTAGNE).stream().filter(Collectivity::isEpci).findFirst()
                .orElseThrow();
        List<Collectivity> communes = territories.collectivities(MORTAGNE).stream().filter(c -> !c.isEpci()).toList();
        List<Collectivity> middle = communes.stream().filter(c -> c.sizeClass() == SizeClass.FROM_1000_TO_3499).toList();
        assertThat(middle).as("communes of 1,000 to 3,499 inhabitants").hasSizeGreaterThanOrEqualTo(3);
        Collectivity c1 = middle.get(0), c2 = middle.get(1), c3 = middle.get(2);
        NouageUser facilitator = DeliberationFixture.facilitator(MORTAGNE);

        Meeting m1 = meeting(LocalDateTime.of(2049, 3, 2, 9, 0), epci.siren(), c1.siren());
        Meeting m2 = meeting(LocalDateTime.of(2049, 4, 6, 9, 0), c1.siren(), c2.siren());
        Meeting m3 = meeting(LocalDateTime.of(2049, 5, 4, 9, 0), c1.siren(), epci.siren());
        meetings.recordAttendance(m1.id(), Map.of(epci.siren(), AttendanceStatus.PRESENT, c1.siren(),
                AttendanceStatus.PRESENT, c2.siren(), AttendanceStatus.EXCUSED, c3.siren(), AttendanceStatus.PRESENT),
                facilitator);
        meetings.recordAttendance(m2.id(), Map.of(epci.siren(), AttendanceStatus.PRESENT, c1.siren(),
                AttendanceStatus.PRESENT, c2.siren(), AttendanceStatus.PRESENT), facilitator);
        meetings.recordAttendance(m3.id(), Map.of(epci.siren(), AttendanceStatus.PRESENT, c1.siren(),
                AttendanceStatus.REPRESENTED), facilitator);
        AgendaItem i1 = item(m1, "Schéma de mutualisation", epci);
        item(m1, "Avis sur le PLUi", c1);
        AgendaItem i3 = item(m2, "Fonds de concours", epci);
        position(i1, epci, Stance.AGREE);
        position(i1, c1, Stance.AGREE);
        position(i1, c3, Stance.OBJECTION);
        position(i3, epci, Stance.AGREE);
        position(i3, c2, Stance.RESERVATION);
        turn(i1, c1, true);
        turn(i1, epci, true);
        turn(i1, c2, false);
        turn(i3, c3, true);

        PageClient director = new PageClient(baseUrl()).signIn("dg-" + MORTAGNE + "@demo.nouage.fr", DEMO_PASSWORD);
        Page page = director.get("/territoires/" + MORTAGNE + "/parite?du=2049-01-01&au=2049-12-31");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<dd id=\"gini\">0,77</dd>").contains("<dd id=\"part-epci\">45,5\u00a0%</dd>")
                .contains("33,3\u00a0%").contains("<dt>Réunions du collectif</dt><dd>3</dd>")
                .contains("<svg role=\"img\"").doesNotContain(" style=").doesNotContain("<script>");
        assertThat(numbers(page.body(), epci.siren())).containsExactly("3", "0", "2", "2", "1", "5", "1", "1");
        assertThat(numbers(page.body(), c1.siren())).containsExactly("3", "0", "1", "1", "1", "3", "2", "1");
        assertThat(numbers(page.body(), c2.siren())).containsExactly("1", "1", "0", "1", "0", "1", "0", "1");
        assertThat(numbers(page.body(), c3.siren())).containsExactly("1", "0", "0", "1", "1", "2", "0", "0");
        assertThat(page.text()).contains("1 000 à 3 499 hab.").contains("54,5\u00a0%");
        Matcher warning = Pattern.compile("<p class=\"warning\" id=\"pas-entendues\">([^<]*)</p>").matcher(page.text());
        assertThat(warning.find()).isTrue();
        assertThat(warning.group(1)).startsWith("Pas entendues lors des 3 dernières réunions");
        for (Collectivity c : communes) {
            boolean heard = List.of(c1, c2, c3).contains(c);
            assertThat(warning.group(1).contains(c.name())).as(c.name()).isEqualTo(!heard);
        }

        JsonNode json = api().signIn("coordination@demo.nouage.fr", DEMO_PASSWORD)
                .get("/api/v1/territories/" + MORTAGNE + "/parity?from=2049-01-01&to=2049-12-31").json();
        assertThat(json.get("gini").asDouble()).isEqualTo(0.7652);
        assertThat(json.get("epciShare").asDouble()).isEqualTo(0.4545);
        assertThat(json.get("notHeardRecently").size()).isEqualTo(8);

        Page reversed = director.get("/territoires/" + MORTAGNE + "/parite?du=2049-12-31&au=2049-01-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.text()).contains("La date de début doit précéder la date de fin.");
        assertThat(director.get("/territoires/" + MORTAGNE + "/parite?du=hier").status()).isEqualTo(400);
        assertThat(new PageClient(baseUrl()).signIn("dg-" + ACHARDS + "@demo.nouage.fr", DEMO_PASSWORD)
                .get("/territoires/" + MORTAGNE + "/parite").status()).isEqualTo(403);
    }
}
