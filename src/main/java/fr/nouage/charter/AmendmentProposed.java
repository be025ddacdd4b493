package fr.nouage.charter;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published when an amendment of the charter was proposed and put on a meeting's agenda (the audit log keeps it). */
public record AmendmentProposed(String territorySiren, long amendmentId, String articleTitle, long meetingId,
        Actor by, Instant at) {
}
