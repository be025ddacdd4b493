package fr.nouage.project;

import java.time.Instant;

/** A document of a project (its content is read only when asked for). */
public record ProjectDocument(long id, long projectId, String fileName, String contentType, long sizeBytes,
        Instant uploadedAt, String uploadedBy) {
}
