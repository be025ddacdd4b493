package fr.nouage.meeting;

import java.time.Instant;

/**
 * A document attached to an agenda item (its content is read separately).
 *
 * @param contentType the type recognised from the content, never the one the browser claimed
 * @param late        added after the agenda froze and the convocation went out
 */
public record AgendaDocument(long id, long itemId, String fileName, String contentType, long sizeBytes,
        String sha256, Instant uploadedAt, String uploadedBy, boolean late) {
}
