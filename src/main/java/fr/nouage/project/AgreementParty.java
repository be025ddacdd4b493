package fr.nouage.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A party to a convention.
 *
 * @param units           its units of use (for a key on units)
 * @param population      the population its share was computed on: frozen at signature
 * @param shareCents      its share in cents as last computed, frozen at signature
 * @param deliberationOn  the date of its deliberation approving the convention, {@code null} until recorded
 * @param deliberationRef the reference of that deliberation (e.g. {@code DEL-2026-041})
 */
public record AgreementParty(String siren, long units, Long population, Long shareCents, LocalDate deliberationOn,
        String deliberationRef) {

    public BigDecimal share() {
        return shareCents == null ? null : BigDecimal.valueOf(shareCents, 2);
    }
}
