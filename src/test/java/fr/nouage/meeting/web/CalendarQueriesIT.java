package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Sessions;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.StatementCounting;

/**
 * The calendar page issues the same number of SQL statements for a year full of sittings and
 * meetings as for an empty year: nothing is loaded row by row.
 */
@Import(StatementCounting.class)
class CalendarQueriesIT extends IntegrationTest {

    @Autowired
    Sessions sessions;
    @Autowired
    Meetings meetings;

    private int statements(PageClient client, String path) {
        return StatementCounting.statements(client, path);
    }

    @Test
    void theCalendarRunsAsManyStatementsForAFullYearAsForAnEmptyOne() {
        int full = LocalDate.now(PARIS).getYear() + 3;
        int empty = full + 2;
        LocalDate day = LocalDate.of(full, 1, 12);
        for (int week = 0; week < 40; week++) {
            LocalDate thursday = day.plusWeeks(week);
            ElectedSession bureau = sessions.plan(ERDRE, new Sessions.NewSession(week % 2 == 0 ? BodyKind.BUREAU
                    : BodyKind.CONSEIL_COMMUNAUTAIRE, null, thursday.atTime(18, 30), false, false, null));
            sessions.addItem(bureau.id(), "Point " + week);
            if (week % 3 != 0) {
                meetings.schedule(ERDRE, new Meetings.NewMeeting(LocalDateTime.of(thursday.minusDays(2),
                        java.time.LocalTime.of(9, 0)), null, null, null, null, week % 2 == 0 ? bureau.id() : null));
            }
        }
        PageClient director = new PageClient(baseUrl()).signIn("dg-" + ERDRE + "@demo.nouage.fr", DEMO_PASSWORD);
        String fullYear = "/territoires/" + ERDRE + "/calendrier?annee=" + full;
        String emptyYear = "/territoires/" + ERDRE + "/calendrier?annee=" + empty;
        statements(director, fullYear);
        statements(director, emptyYear);

        int forFull = statements(director, fullYear);
        int forEmpty = statements(director, emptyYear);

        assertThat(director.get(fullYear).text()).contains("Préparée par la")
                .contains("Sans réunion du collectif en amont");
        assertThat(forFull).as("statements for a full year (%d) and an empty one (%d)", forFull, forEmpty)
                .isPositive().isEqualTo(forEmpty).isLessThanOrEqualTo(8);
    }
}
