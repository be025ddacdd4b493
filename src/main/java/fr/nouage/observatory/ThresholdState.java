package fr.nouage.observatory;

/** Where a territory stands on one threshold. */
public enum ThresholdState {
    /** No module reports evidence for it yet: never shown as a zero. */
    NOT_MEASURED,
    /** Never held yet. */
    NOT_REACHED,
    /** Held now, for less than a year. */
    CROSSED,
    /** Held now and at every quarter end of the past year. */
    KEPT,
    /** Held at some earlier quarter end, no longer held now. */
    SLIPPING;

    public String messageKey() {
        return "observatory.state." + name();
    }
}
