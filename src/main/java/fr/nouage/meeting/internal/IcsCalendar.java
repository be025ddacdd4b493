package fr.nouage.meeting.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** An iCalendar (RFC 5545) document of events in UTC, written with ical4j. */
public final class IcsCalendar {

    static final String PRODUCT = "-//Nouage//Calendrier du territoire//FR";

    private IcsCalendar() {
    }

    /**
     * One event.
     *
     * @param uid       stable identifier, so that calendar applications update rather than duplicate it
     * @param location  where, {@code null} if unknown
     * @param cancelled whether it will not take place
     */
    public record Event(String uid, Instant start, Instant end, String summary, String location, String description,
            boolean cancelled) {
    }

    /** The calendar of those events, named {@code name} in calendar applications. */
    public static String write(String name, List<Event> events, Instant stamp) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        for (Event e : events) {
            VEvent event = new VEvent(e.start(), e.end(), e.summary());
            event.replace(new DtStamp(stamp));
            event.add(new Uid(e.uid()));
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            if (e.description() != null) {
                event.add(new Description(e.description()));
            }
            if (e.cancelled()) {
                event.add(ImmutableStatus.VEVENT_CANCELLED);
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
