package fr.nouage.notification.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;

import fr.nouage.meeting.Meeting;

/** The {@code .ics} invitation (METHOD:REQUEST) joined to a convocation, one per recipient. */
final class Invitation {

    static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=REQUEST";
    static final String FILE_NAME = "convocation.ics";
    private static final int LINE_OCTETS = 75;

    private Invitation() {
    }

    /** The invitation, times in UTC so that every calendar places it right. */
    static byte[] ics(Meeting meeting, String summary, String location, String description, String uidDomain,
            String meetingUrl, String organizer, String attendeeEmail, String attendeeName) {
        VEvent event = new VEvent(meeting.startsAt(), meeting.endsAt(), summary);
        event.add(new Uid("meeting-" + meeting.id() + "@" + uidDomain));
        if (location != null) {
            event.add(new Location(location));
        }
        event.add(new Description(description));
        event.add(new Url(URI.create(meetingUrl)));
        event.add(new Organizer(URI.create("mailto:" + organizer)));
        Attendee attendee = new Attendee(URI.create("mailto:" + attendeeEmail));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.FALSE);
        attendee.add(new Cn(attendeeName));
        event.add(attendee);
        event.add(new Sequence(0));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        Calendar calendar = new Calendar().withProdId("-//Nouage//Convocation//FR").withDefaults()
                .withProperty(ImmutableMethod.REQUEST).withComponent(event).getFluentTarget();
        return fold(calendar.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /** Folds lines at 75 octets as RFC 5545 asks (ical4j counts characters), never inside a character. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + 64);
        for (String line : unfolded.split("\r?\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
                int codePoint = line.codePointAt(i);
                int length = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
                if (octets + length > LINE_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += length;
            }
            out.append("\r\n");
        }
        return out.toString();
    }
}
