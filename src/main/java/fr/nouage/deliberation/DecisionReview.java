package fr.nouage.deliberation;

import java.time.Instant;
import java.time.LocalDate;

/** A decision of the collective that asked to be reviewed on a date. */
public record DecisionReview(long itemId, long meetingId, Instant meetingStartsAt, String itemTitle,
        DecisionOutcome outcome, String statement, LocalDate reviewOn) {

    /** Whether the review date has come. */
    public boolean due(LocalDate today) {
        return !reviewOn.isAfter(today);
    }
}
