package fr.nouage.rules;

/**
 * When a charter version proposed for adoption comes into force, judged on the adoptions recorded
 * by the active collectivités of the territory (the EPCI and each commune count as one).
 */
public enum AdoptionRule {
    /** Every collectivité adopted it. */
    ALL,
    /** At least two thirds of the collectivités adopted it (exactly two thirds is enough). */
    TWO_THIRDS,
    /**
     * More than half of the collectivités adopted it, and the communes among them hold at least
     * half of the population of the territory's communes (exactly half is enough). The EPCI counts
     * as a collectivité but not for the population, which is that of its communes.
     */
    MAJORITY_HALF_POPULATION
}
