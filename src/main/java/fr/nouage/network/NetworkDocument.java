package fr.nouage.network;

import java.time.Instant;

/** A document of a network's shared space (its bytes are read apart). */
public record NetworkDocument(long id, String fileName, String contentType, long sizeBytes, Instant uploadedAt,
        String uploadedBy) {
}
