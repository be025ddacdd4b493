package fr.nouage.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

class IcsCalendarTest {

    private static final Instant START = Instant.parse("2027-01-14T08:00:00Z");

    @Test
    void eventsAreWrittenInUtcAndReadBackIdentical() throws Exception {
        String ics = IcsCalendar.write("Nouage — Pays de Mortagne", List.of(
                new IcsCalendar.Event("meeting-12@nouage", START, START.plusSeconds(9000),
                        "Collectif des directeurs — Pays de Mortagne", "Mairie de Mortagne-sur-Sèvre; salle 2",
                        "Accueil : Mortagne-sur-Sèvre, animation : Chanverrie.\nDeuxième ligne", false),
                new IcsCalendar.Event("session-3@nouage", START.plusSeconds(86_400 * 7), START.plusSeconds(86_400 * 7 + 9000),
                        "Conseil communautaire", null, null, true)),
                Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(ics).contains("DTSTART:20270114T080000Z", "DTEND:20270114T103000Z");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
        assertThat(events).hasSize(2);
        VEvent meeting = events.get(0);
        assertThat(meeting.getUid().orElseThrow().getValue()).isEqualTo("meeting-12@nouage");
        assertThat(meeting.getSummary().getValue()).isEqualTo("Collectif des directeurs — Pays de Mortagne");
        assertThat(meeting.getLocation().getValue()).isEqualTo("Mairie de Mortagne-sur-Sèvre; salle 2");
        assertThat(meeting.getDescription().getValue()).endsWith("Chanverrie.\nDeuxième ligne");
        assertThat(meeting.getDateTimeStart().getDate()).isEqualTo(OffsetDateTime.of(2027, 1, 14, 8, 0, 0, 0, ZoneOffset.UTC));
        VEvent session = events.get(1);
        assertThat(session.getUid().orElseThrow().getValue()).isEqualTo("session-3@nouage");
        assertThat(session.getProperty("STATUS").orElseThrow().getValue()).isEqualTo("CANCELLED");
        assertThat(session.getLocation()).isNull();
    }

    @Test
    void anEmptyCalendarIsStillAValidCalendar() throws Exception {
        String ics = IcsCalendar.write("Nouage — vide", List.of(), START);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.getComponents("VEVENT")).isEmpty();
        assertThat(calendar.getProperty("PRODID").orElseThrow().getValue()).isEqualTo(IcsCalendar.PRODUCT);
    }
}
