package fr.nouage.charter;

/** Where an amendment stands. */
public enum AmendmentStatus {
    /** On the agenda of a meeting of the collective, not decided yet. */
    PROPOSED,
    /** Adopted by the collective: it goes into the next version. */
    ADOPTED,
    /** Not adopted by the collective. */
    REJECTED;

    public String messageKey() {
        return "charter.amendment.status." + name();
    }
}
