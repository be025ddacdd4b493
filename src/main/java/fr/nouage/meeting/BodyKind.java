package fr.nouage.meeting;

/** The kinds of bodies (instances) of a territory. */
public enum BodyKind {
    /** The collective of directors (CoDir de territoire). */
    COLLECTIVE(false),
    BUREAU(true),
    CONSEIL_COMMUNAUTAIRE(true),
    CONFERENCE_DES_MAIRES(true),
    /** The municipal council of one member commune. */
    CONSEIL_MUNICIPAL(true),
    /** A business network (finances, RH, urbanisme…). */
    NETWORK(false),
    /** The steering committee of a shared project. */
    STEERING_COMMITTEE(false),
    OTHER(false);

    private final boolean elected;

    BodyKind(boolean elected) {
        this.elected = elected;
    }

    /** Whether the body is one of the élus' (its sittings are {@link ElectedSession}s). */
    public boolean elected() {
        return elected;
    }

    /** Whether the collective of directors meets upstream of this body's sittings. */
    public boolean preparedUpstream() {
        return this == BUREAU || this == CONSEIL_COMMUNAUTAIRE;
    }

    public String messageKey() {
        return "body." + name();
    }
}
