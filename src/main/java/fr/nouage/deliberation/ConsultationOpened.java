package fr.nouage.deliberation;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Published when a consultation is opened, so that the territory's members can be told.
 *
 * @param openedByAccountId who opened it (not told of their own consultation)
 * @param by                who opened it, for the audit log
 * @param at                when
 */
public record ConsultationOpened(long consultationId, String territorySiren, ConsultationKind kind, String title,
        Instant closesAt, long openedByAccountId, Actor by, Instant at) {
}
