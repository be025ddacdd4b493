package fr.nouage.audit;

import java.time.Instant;

/**
 * One change in the audit log.
 *
 * @param occurredAt     when the change was made
 * @param actorAccountId the account that made it, {@code null} when Nouage itself did
 * @param actorName      that account's display name at the time, {@code null} when Nouage itself did
 * @param territorySiren the territory concerned, {@code null} for a change outside any territory
 * @param subjectId      the id of the subject, as text (see {@link AuditSubject})
 * @param summary        what changed, in a sentence written when it happened
 */
public record AuditEntry(long id, Instant occurredAt, Long actorAccountId, String actorName, String territorySiren,
        AuditKind kind, AuditSubject subjectType, String subjectId, String summary) {

    /** Whether Nouage itself made the change (no person). */
    public boolean bySystem() {
        return actorAccountId == null;
    }
}
