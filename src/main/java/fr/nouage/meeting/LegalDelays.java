package fr.nouage.meeting;

import java.time.LocalDate;

import fr.nouage.territory.SizeClass;

/**
 * Convocation delays of the élus' bodies (CGCT), counted in jours francs: neither the day of
 * sending nor the day of the sitting counts.
 */
public final class LegalDelays {

    /** Communes of 3,500 inhabitants and over, and EPCI (L2121-12, L5211-1). */
    public static final int LARGE = 5;
    /** Communes under 3,500 inhabitants (L2121-11). */
    public static final int SMALL = 3;
    /** Shortest delay when urgency is declared. */
    public static final int URGENT = 1;

    private LegalDelays() {
    }

    /**
     * Jours francs required before a sitting.
     *
     * @param communePopulation population of the commune for a conseil municipal; ignored for EPCI bodies
     */
    public static int joursFrancs(BodyKind kind, int communePopulation, boolean urgent) {
        if (urgent) {
            return URGENT;
        }
        if (kind == BodyKind.CONSEIL_MUNICIPAL) {
            return SizeClass.of(communePopulation).compareTo(SizeClass.FROM_3500_TO_9999) >= 0 ? LARGE : SMALL;
        }
        return LARGE;
    }

    /**
     * Last day on which the convocation can be sent so that {@code joursFrancs} whole days separate
     * the sending day from the sitting day.
     */
    public static LocalDate convocationDeadline(LocalDate sittingDay, int joursFrancs) {
        return sittingDay.minusDays(joursFrancs + 1L);
    }
}
