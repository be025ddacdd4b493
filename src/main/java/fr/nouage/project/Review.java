package fr.nouage.project;

import java.time.Instant;

/**
 * What the collective said of a project: a review on a meeting's agenda ({@link Kind#REVIEW}) or a
 * decision asked of it ({@link Kind#DECISION}), written back from the meeting's minutes and the
 * deliberation.
 *
 * @param progress    the project's progress when it was put on the agenda
 * @param outcome     what came out of the item (an {@code ItemOutcome} or a {@code DecisionOutcome} name), {@code null} before
 * @param outcomeText what the collective decided or noted, as the minutes say
 */
public record Review(long id, long projectId, long meetingId, long itemId, Kind kind, Integer progress, String outcome,
        String outcomeText, Instant recordedAt, Instant updatedAt) {

    /** Why the project went on the collective's agenda. */
    public enum Kind {
        REVIEW, DECISION;

        public String messageKey() {
            return "review.kind." + name();
        }
    }
}
