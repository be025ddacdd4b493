package fr.nouage.deliberation;

import java.util.List;

/**
 * The anonymous remarks of a meeting, as one reader may see them.
 *
 * @param answered   number of people who answered
 * @param threshold  number of answers needed before the remarks are read
 * @param remarks    the remarks, in random order, only for the facilitator once the threshold is
 *                   reached; empty otherwise
 * @param readable   whether this reader sees the remarks
 * @param ownAnswered whether the reader already answered
 */
public record RemarkBox(long meetingId, int answered, int threshold, List<Remark> remarks, boolean readable,
        boolean ownAnswered) {

    /** A remark: no author, no date. */
    public record Remark(RemarkCategory category, String text) {
    }

    /** How many more answers are needed before the remarks can be read. */
    public int missing() {
        return Math.max(0, threshold - answered);
    }
}
