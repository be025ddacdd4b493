package fr.nouage.charter;

/** Where a charter version stands. */
public enum CharterStatus {
    /** Being written: its articles may still change (a first version) or receive adopted amendments. */
    DRAFT,
    /** Submitted to each collectivité for adoption; frozen. */
    PROPOSED,
    /** Adopted by the collectivités as its rule of adoption requires: its rules apply. */
    IN_FORCE,
    /** Replaced by a later version in force. */
    SUPERSEDED;

    /** Whether the text of a version in this status may still change. */
    public boolean editable() {
        return this == DRAFT;
    }

    public String messageKey() {
        return "charter.status." + name();
    }
}
