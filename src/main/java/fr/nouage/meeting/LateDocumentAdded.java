package fr.nouage.meeting;

/** Published when a document is added to an agenda item after the convocation went out. */
public record LateDocumentAdded(long meetingId, long itemId, long documentId, String territorySiren,
        long uploadedByAccountId) {
}
