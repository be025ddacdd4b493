package fr.nouage.deliberation;

import java.time.Instant;
import java.util.List;

/**
 * A consultation of the collectivités between meetings.
 *
 * @param body        the proposal or the question, in full
 * @param pointsTotal the points each collectivité shares out, for {@link ConsultationKind#POINTS}
 * @param closesAt    when answers stop being accepted
 * @param closedAt    when it was closed (by the scheduled job or early), {@code null} before
 * @param options     the options or dates, in the order they were given
 */
public record Consultation(long id, String territorySiren, ConsultationKind kind, String title, String body,
        Integer pointsTotal, Long openedByAccount, String openedByName, Instant openedAt, Instant closesAt,
        Instant closedAt, List<Option> options) {

    /** An option of a choice, or a date of a date poll ({@code startsAt} set). */
    public record Option(long id, int position, String label, Instant startsAt) {
    }

    /** Whether answers are accepted at {@code now}: not closed and its closing date not reached. */
    public boolean open(Instant now) {
        return closedAt == null && now.isBefore(closesAt);
    }

    /** The option of that id, {@code null} if it is not one of this consultation's. */
    public Option option(long optionId) {
        for (Option o : options) {
            if (o.id() == optionId) {
                return o;
            }
        }
        return null;
    }
}
