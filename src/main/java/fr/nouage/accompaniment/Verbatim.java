package fr.nouage.accompaniment;

import java.time.Instant;

/**
 * A short sentence a participant posted on a seminar's wall.
 *
 * @param author     the pseudonym or the signed-in participant's name
 * @param mergedInto the verbatim it was merged into as a duplicate, {@code null} otherwise
 */
public record Verbatim(long id, long seminarId, VerbatimCategory category, String text, String author, int votes,
        boolean hidden, boolean highlighted, Long mergedInto, Instant postedAt) {

    /** Whether the wall shows it: neither hidden nor merged into another. */
    public boolean shown() {
        return !hidden && mergedInto == null;
    }
}
