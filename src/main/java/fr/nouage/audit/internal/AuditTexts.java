package fr.nouage.audit.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.platform.DateFormats;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * The summaries of the audit log: made as data when the change is logged ({@link Summary}: like the
 * author's name, the names and titles they hold are those of that time), written in the reader's
 * language when the log is read.
 */
@Component
class AuditTexts {

    private final MessageSource messages;
    private final Meetings meetings;
    private final Territories territories;

    AuditTexts(MessageSource messages, Meetings meetings, Territories territories) {
        this.messages = messages;
        this.meetings = meetings;
        this.territories = territories;
    }

    Summary t(String key, Object... args) {
        return Summary.of(key, args);
    }

    /** "meeting of 12/01/2027 09:00". */
    Summary meeting(long meetingId) {
        return meetings.find(meetingId).map(Meeting::startsAt).map(at -> t("audit.summary.meeting", at))
                .orElseGet(() -> t("audit.summary.meetingGone", String.valueOf(meetingId)));
    }

    /** "meeting of 12/01/2027 09:00, item 3. Title". */
    Summary item(long meetingId, long itemId) {
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

    /** A summary in a language: its arguments written for that language, moments in Paris time. */
    String render(Summary summary, Locale locale) {
        Object[] args = summary.args().stream().map(arg -> {
            if (arg instanceof Instant moment) {
                return DateFormats.of("dd/MM/yyyy HH:mm", locale).format(moment.atZone(PARIS));
            }
            if (arg instanceof LocalDate day) {
                return DateFormats.of("dd/MM/yyyy", locale).format(day);
            }
            return arg instanceof Summary part ? render(part, locale) : arg;
        }).toArray();
        return messages.getMessage(summary.key(), args, summary.key(), locale);
    }
}
