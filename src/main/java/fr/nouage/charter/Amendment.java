package fr.nouage.charter;

import java.time.Instant;

/**
 * A proposed change to an article of the version in force, decided by the collective through an
 * agenda item of a meeting.
 *
 * @param baseVersionId    the version whose article it amends
 * @param newRule          the article's rule parameters after the amendment (empty: no rule)
 * @param resultVersionId  the version that includes it once adopted, {@code null} before
 */
public record Amendment(long id, String territorySiren, long baseVersionId, String articleKey, String newTitle,
        String newText, RuleParameters newRule, String motive, AmendmentStatus status, Long meetingId,
        Long agendaItemId, String proposedBy, String proposedForSiren, Instant proposedAt, Instant decidedAt,
        Long resultVersionId) {
}
