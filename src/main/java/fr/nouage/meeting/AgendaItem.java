package fr.nouage.meeting;

import java.time.Instant;

/**
 * An item of a meeting's agenda, with what came out of it.
 *
 * @param urgent        added after the freeze by the facilitator, and shown as such
 * @param sessionItemId the élus' session item it prepares, if any
 * @param minutes       the minutes of the item, in Markdown (rendered sanitised)
 */
public record AgendaItem(long id, long meetingId, int position, String title, String description, ItemKind kind,
        boolean sensitive, boolean urgent, String proposedBySiren, Instant proposedAt, Long sessionItemId,
        ItemOutcome outcome, String outcomeText, String minutes, String minutesUpdatedBy, Instant minutesUpdatedAt,
        Instant opinionForwardedAt, int version) {
}
