package fr.nouage.deliberation;

import java.time.Instant;

/**
 * A request to speak on an item.
 *
 * @param collectivitySiren the collectivité the speaker speaks for, {@code null} for the facilitator
 * @param spokenAt          when the facilitator marked it done, {@code null} while waiting
 * @param queueRank         its place once the facilitator ordered the list, {@code null} before
 */
public record SpeakingTurn(long id, long itemId, String collectivitySiren, Long speakerAccount, String speakerName,
        SpeakingIntent intent, Instant requestedAt, Instant spokenAt, Integer queueRank) {

    public boolean waiting() {
        return spokenAt == null;
    }
}
