package fr.nouage.meeting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A sitting of an élus' body (bureau, conseil communautaire, conférence des maires, conseil municipal).
 *
 * @param convocationDeadline last calendar day (Europe/Paris) on which the convocation may be sent
 * @param convocationSentOn   day the convocation was sent, {@code null} while it was not
 * @param requestedByMayors   a conférence des maires called on request of a third of the mayors
 */
public record ElectedSession(long id, Body body, Instant startsAt, String place, boolean urgent,
        boolean requestedByMayors, LocalDate convocationDeadline, LocalDate convocationSentOn) {

    /** Whether the convocation was sent after its deadline, or is still unsent past it. */
    public boolean convocationLate(LocalDate today) {
        return convocationSentOn != null ? convocationSentOn.isAfter(convocationDeadline)
                : today.isAfter(convocationDeadline);
    }
}
