package fr.nouage.charter;

import java.time.Instant;

/**
 * The adoption of a charter version by one collectivité.
 *
 * @param councilReference reference of the council's deliberation, if the collectivité gave one
 */
public record Adoption(long versionId, String collectivitySiren, Instant adoptedAt, String adoptedBy,
        String councilReference) {
}
