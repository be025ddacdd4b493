package fr.nouage.deliberation;

import java.time.Instant;

/**
 * An amended text of the proposal of an item.
 *
 * @param answersPositionId the objection it answers, if any
 */
public record Amendment(long id, long itemId, String text, Long answersPositionId, String writtenBy,
        Instant writtenAt) {
}
