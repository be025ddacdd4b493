package fr.nouage.deliberation;

import java.time.Instant;

/**
 * Published when a consultation is opened, so that the territory's members can be told.
 *
 * @param openedByAccountId who opened it (not told of their own consultation)
 */
public record ConsultationOpened(long consultationId, String territorySiren, ConsultationKind kind, String title,
        Instant closesAt, long openedByAccountId) {
}
