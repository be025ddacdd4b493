package fr.nouage.territory;

/**
 * Population classes used for parity statistics. Communes under 3,500 inhabitants follow shorter
 * legal convocation delays and usually have a secrétaire général(e) rather than a DGS.
 */
public enum SizeClass {
    UNDER_1000(0),
    FROM_1000_TO_3499(1_000),
    FROM_3500_TO_9999(3_500),
    FROM_10000(10_000);

    private final int lowerBound;

    SizeClass(int lowerBound) {
        this.lowerBound = lowerBound;
    }

    /** The class of a population municipale; a negative population is refused. */
    public static SizeClass of(int population) {
        if (population < 0) {
            throw new IllegalArgumentException("population must not be negative: " + population);
        }
        SizeClass found = UNDER_1000;
        for (SizeClass candidate : values()) {
            if (population >= candidate.lowerBound) {
                found = candidate;
            }
        }
        return found;
    }

    /** Key of the class label in the message bundles. */
    public String messageKey() {
        return "sizeClass." + name();
    }
}
