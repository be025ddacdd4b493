package fr.nouage.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something to do decided in a meeting, followed from meeting to meeting until done.
 *
 * @param meetingStartsAt when the meeting that decided it started
 * @param agendaItemId    the agenda item it comes from, {@code null} for an action of the whole meeting
 * @param agendaItemTitle title of that agenda item, {@code null} likewise
 * @param ownerSiren      the collectivité in charge
 * @param doneAt          when it was marked done, {@code null} before
 */
public record ActionItem(long id, String territorySiren, long meetingId, Instant meetingStartsAt, Long agendaItemId,
        String agendaItemTitle, String title, String ownerSiren, LocalDate dueOn, ActionStatus status, Instant doneAt,
        int version) {

    /** Whether the action is not done and its due day has passed on {@code today}. */
    public boolean overdue(LocalDate today) {
        return status != ActionStatus.DONE && dueOn != null && dueOn.isBefore(today);
    }
}
