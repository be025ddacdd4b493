package fr.nouage.meeting;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published when an item was added to a meeting's agenda, by whom and when (the audit log keeps it). */
public record AgendaItemProposed(long meetingId, long itemId, String territorySiren, long proposedByAccountId,
        String title, Actor by, Instant at) {
}
