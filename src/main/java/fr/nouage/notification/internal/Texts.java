package fr.nouage.notification.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.nouage.notification.Notification;

/** The French sentences and dates of the e-mails (Europe/Paris time). */
@Component
class Texts {

    static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", FRENCH).withZone(PARIS);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H' h 'mm", FRENCH).withZone(PARIS);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", FRENCH)
            .withZone(PARIS);

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, key, FRENCH);
    }

    /** e.g. "jeudi 14 janvier 2027" */
    String day(Instant instant) {
        return DAY.format(instant);
    }

    /** e.g. "9 h 30" */
    String time(Instant instant) {
        return TIME.format(instant);
    }

    /** e.g. "14/01/2027 09:30", as on the pages */
    String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** The sentence that tells a notification. */
    String sentence(Notification n) {
        return t(n.kind().messageKey(), n.subject(), n.detail(), dateTime(n.meetingStartsAt()));
    }
}
