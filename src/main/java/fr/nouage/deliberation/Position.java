package fr.nouage.deliberation;

import java.time.Instant;

/**
 * The position of one collectivité on an item.
 *
 * @param objectionStatus for an objection, whether it is still open; {@code null} otherwise
 * @param spokenBy        name of the person who spoke for the collectivité
 */
public record Position(long id, long itemId, String collectivitySiren, Stance stance, String argument,
        ObjectionStatus objectionStatus, String spokenBy, Instant recordedAt) {

    public boolean openObjection() {
        return stance == Stance.OBJECTION && objectionStatus != null && objectionStatus.blocks();
    }
}
