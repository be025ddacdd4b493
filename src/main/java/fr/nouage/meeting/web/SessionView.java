package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.SessionItem;

/**
 * The page of an élus' sitting.
 *
 * @param upstream        the collective's meeting that prepares it, {@code null} if none
 * @param proposal        the start proposed for a missing upstream meeting, {@code null} if none
 * @param itemError       why the last item was refused, {@code null} otherwise
 */
public record SessionView(ElectedSession session, List<SessionItem> items, Meeting upstream, Instant proposal,
        LocalDate today, boolean mayOrganise, Refusal itemError, String itemTitle, String token) {

    /** The jours francs between the sending day and the sitting day. */
    public long joursFrancs() {
        return ChronoUnit.DAYS.between(session.convocationDeadline(), day()) - 1;
    }

    /** Message key of why the delay is what it is (urgency, size of the commune, EPCI body). */
    public String delayReasonKey() {
        if (session.urgent()) {
            return "session.delay.urgent";
        }
        if (session.body().kind() == BodyKind.CONSEIL_MUNICIPAL) {
            return joursFrancs() < 5 ? "session.delay.small" : "session.delay.large";
        }
        return "session.delay.epci";
    }

    public LocalDate day() {
        return session.startsAt().atZone(PARIS).toLocalDate();
    }

    public boolean late() {
        return session.convocationLate(today);
    }

    /** Whether the collective is expected to meet before this sitting. */
    public boolean preparedUpstream() {
        return session.body().kind().preparedUpstream();
    }

    public boolean past() {
        return day().isBefore(today);
    }
}
