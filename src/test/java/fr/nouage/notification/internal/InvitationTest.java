package fr.nouage.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;

import fr.nouage.meeting.Meeting;

class InvitationTest {

    private final Meeting meeting = new Meeting(42, "248500662", 1, Instant.parse("2027-01-12T08:30:00Z"),
            Instant.parse("2027-01-12T11:00:00Z"), "Salle du conseil", null, null, 48,
            Instant.parse("2027-01-10T08:30:00Z"), null, null, null, "PLANNED", null, 0);

    @Test
    void anInvitationParsesBackWithItsTimesAttendeeAndMethod() throws Exception {
        String description = "1. Schéma de mutualisation des services — Avis technique, avec une description assez longue pour être pliée";
        byte[] ics = Invitation.ics(meeting, "Réunion du collectif", "Salle du conseil", description, "nouage.test",
                "https://nouage.test/territoires/248500662/reunions/42", "convocations@nouage.test",
                "dgs-85152@demo.nouage.fr", "DGS — Mortagne-sur-Sèvre");
        String text = new String(ics, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75);

        Calendar calendar = new CalendarBuilder().build(new StringReader(text));
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        VEvent event = (VEvent) calendar.getComponent(Component.VEVENT).orElseThrow();
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(meeting.startsAt());
        assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(meeting.endsAt());
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo("meeting-42@nouage.test");
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo(description);
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue())
                .isEqualTo("mailto:dgs-85152@demo.nouage.fr");
    }
}
