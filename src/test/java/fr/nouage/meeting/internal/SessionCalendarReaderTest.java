package fr.nouage.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Sessions.ImportedEvent;

class SessionCalendarReaderTest {

    static String calendar(String... events) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Nouage//FR\r\n" + String.join("", events)
                + "END:VCALENDAR\r\n";
    }

    static String event(String uid, String dtstart, String summary, String location) {
        return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20260101T000000Z\r\n" + dtstart + "\r\nSUMMARY:" + summary
                + "\r\n" + (location == null ? "" : "LOCATION:" + location + "\r\n") + "END:VEVENT\r\n";
    }

    private static List<ImportedEvent> read(String text) {
        return SessionCalendarReader.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEachEventWithItsStartInParisTime() {
        List<ImportedEvent> events = read(calendar(
                event("a@test", "DTSTART;TZID=Europe/Paris:20270114T183000", "Conseil communautaire", "Mortagne"),
                event("b@test", "DTSTART:20270114T173000Z", "Bureau", null),
                event("c@test", "DTSTART:20270715T183000Z", "Bureau d'été", null),
                event("d@test", "DTSTART:20270120T090000", "Flottant", null)));

        assertThat(events).extracting(ImportedEvent::uid).containsExactly("a@test", "b@test", "c@test", "d@test");
        assertThat(events).extracting(ImportedEvent::startsAt).containsExactly(LocalDateTime.of(2027, 1, 14, 18, 30),
                LocalDateTime.of(2027, 1, 14, 18, 30), LocalDateTime.of(2027, 7, 15, 20, 30),
                LocalDateTime.of(2027, 1, 20, 9, 0));
        assertThat(events.get(0).place()).isEqualTo("Mortagne");
        assertThat(events.get(0).summary()).isEqualTo("Conseil communautaire");
    }

    @Test
    void aWholeDayEventHasNoStartTime() {
        List<ImportedEvent> events = read(calendar(event("e@test", "DTSTART;VALUE=DATE:20270114", "Journée", null)));

        assertThat(events).singleElement().satisfies(e -> assertThat(e.startsAt()).isNull());
    }

    @Test
    void anEventWithoutUidGetsAStableOne() {
        String text = calendar("BEGIN:VEVENT\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20270114T173000Z\r\nSUMMARY:Sans UID\r\nEND:VEVENT\r\n");

        assertThat(read(text).get(0).uid()).startsWith("sha256:").isEqualTo(read(text).get(0).uid());
    }

    @Test
    void acceptsAByteOrderMarkAndLeadingBlankLines() {
        String text = "\uFEFF\r\n" + calendar(event("f@test", "DTSTART:20270114T173000Z", "Bureau", null));

        assertThat(read(text)).hasSize(1);
    }

    @Test
    void refusesWhatIsNotACalendar() {
        assertThatThrownBy(() -> read("%PDF-1.7\nnot a calendar")).isInstanceOf(MeetingException.class)
                .hasMessage("sessionImport.error.notCalendar");
        assertThatThrownBy(() -> SessionCalendarReader.read(new byte[0])).isInstanceOf(MeetingException.class)
                .hasMessage("sessionImport.error.empty");
    }

    @Test
    void refusesAMalformedCalendar() {
        assertThatThrownBy(() -> read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nthis is not a property\r\n"))
                .isInstanceOf(MeetingException.class).hasMessage("sessionImport.error.malformed");
    }

    @Test
    void refusesACalendarWithoutEvents() {
        assertThatThrownBy(() -> read(calendar())).isInstanceOf(MeetingException.class)
                .hasMessage("sessionImport.error.noEvent");
    }

    @Test
    void refusesAFileOverTheLimit() {
        byte[] big = new byte[SessionCalendarReader.MAX_BYTES + 1];
        byte[] head = "BEGIN:VCALENDAR\r\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, big, 0, head.length);

        assertThatThrownBy(() -> SessionCalendarReader.read(big)).isInstanceOf(MeetingException.class)
                .hasMessage("sessionImport.error.tooLarge");
    }
}
