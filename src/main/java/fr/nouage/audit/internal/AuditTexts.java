package fr.nouage.audit.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * The summaries of the audit log, written once in French when the change is logged: like the
 * author's name, they say what the subject was called at that time.
 */
@Component
class AuditTexts {

    private static final Locale FRENCH = Locale.FRENCH;
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final MessageSource messages;
    private final Meetings meetings;
    private final Territories territories;

    AuditTexts(MessageSource messages, Meetings meetings, Territories territories) {
        this.messages = messages;
        this.meetings = meetings;
        this.territories = territories;
    }

    String t(String key, Object... args) {
        return messages.getMessage(key, args, key, FRENCH);
    }

    /** "meeting of 12/01/2027 09:00". */
    String meeting(long meetingId) {
        return meetings.find(meetingId).map(Meeting::startsAt).map(this::dayAndTime)
                .map(day -> t("audit.summary.meeting", day)).orElseGet(() -> t("audit.summary.meetingGone", String.valueOf(meetingId)));
    }

    /** "meeting of 12/01/2027 09:00, item 3. Title". */
    String item(long meetingId, long itemId) {
        return meetings.item(itemId)
                .map(i -> t("audit.summary.item", meeting(meetingId), i.position(), i.title()))
                .orElseGet(() -> t("audit.summary.itemGone", meeting(meetingId), String.valueOf(itemId)));
    }

    String territory(String siren) {
        return siren == null ? "" : territories.find(siren).map(Territory::name).orElse(siren);
    }

    String collectivity(String siren) {
        return siren == null ? "" : territories.collectivity(siren).map(Collectivity::name).orElse(siren);
    }

    String dayAndTime(Instant instant) {
        return instant.atZone(PARIS).format(DAY_AND_TIME);
    }
}
