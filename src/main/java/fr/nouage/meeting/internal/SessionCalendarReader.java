package fr.nouage.meeting.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;

import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.Sessions.ImportedEvent;

/**
 * Reads the events of an élus' calendar (iCalendar, RFC 5545) to import them as sittings. The
 * content is checked, not the file name: it must be an iCalendar text under {@link #MAX_BYTES}.
 */
public final class SessionCalendarReader {

    /** Largest calendar file accepted. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;
    /** Most events read from one file. */
    public static final int MAX_EVENTS = 2000;
    static final int TEXT_MAX = 300;
    private static final byte[] MAGIC = "BEGIN:VCALENDAR".getBytes(StandardCharsets.US_ASCII);

    private SessionCalendarReader() {
    }

    /**
     * The events of the calendar, their start in Europe/Paris time ({@code null} for an event without
     * a start time, such as a whole-day event), in the order of the file.
     *
     * @throws MeetingException INVALID with a message key when the content is empty, too large, not a
     *                          calendar, malformed, holds no event or too many
     */
    public static List<ImportedEvent> read(byte[] content) {
        if (content == null || content.length == 0) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        int offset = calendarStart(content);
        if (offset < 0) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.notCalendar");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new ByteArrayInputStream(content, offset, content.length - offset));
        } catch (ParserException e) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.malformed", e.getLineNo());
        } catch (IOException | RuntimeException e) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.unreadable");
        }
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        if (events.isEmpty()) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.noEvent");
        }
        if (events.size() > MAX_EVENTS) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.tooManyEvents", MAX_EVENTS);
        }
        List<ImportedEvent> result = new ArrayList<>(events.size());
        for (VEvent event : events) {
            String summary = text(event, Property.SUMMARY);
            String place = text(event, Property.LOCATION);
            LocalDateTime start = start(event);
            String uid = text(event, Property.UID);
            if (uid == null || uid.length() > TEXT_MAX) {
                uid = "sha256:" + sha256((uid == null ? "" : uid) + "|" + start + "|" + summary + "|" + place);
            }
            result.add(new ImportedEvent(uid, start, place, summary));
        }
        return result;
    }

    /** Where {@code BEGIN:VCALENDAR} starts, after a byte order mark and blank lines; -1 if it does not. */
    private static int calendarStart(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < content.length && (content[i] == ' ' || content[i] == '\r' || content[i] == '\n' || content[i] == '\t')) {
            i++;
        }
        if (content.length - i < MAGIC.length) {
            return -1;
        }
        String head = new String(content, i, MAGIC.length, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
        return head.equals("BEGIN:VCALENDAR") ? i : -1;
    }

    private static String text(VEvent event, String name) {
        Optional<Property> property = event.getProperty(name);
        String value = property.map(Property::getValue).map(String::strip).filter(v -> !v.isEmpty()).orElse(null);
        return value == null || name.equals(Property.UID) || value.length() <= TEXT_MAX ? value
                : value.substring(0, TEXT_MAX);
    }

    /** The start in Paris time; floating times are taken as Paris times; {@code null} without a time. */
    private static LocalDateTime start(VEvent event) {
        try {
            Optional<DtStart<Temporal>> start = event.getStartDate();
            if (start.isEmpty()) {
                return null;
            }
            Temporal date = start.get().getDate();
            if (date instanceof ZonedDateTime zoned) {
                return zoned.withZoneSameInstant(PARIS).toLocalDateTime();
            }
            if (date instanceof OffsetDateTime offset) {
                return offset.atZoneSameInstant(PARIS).toLocalDateTime();
            }
            if (date instanceof Instant instant) {
                return instant.atZone(PARIS).toLocalDateTime();
            }
            if (date instanceof LocalDateTime local) {
                return local;
            }
            return null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
