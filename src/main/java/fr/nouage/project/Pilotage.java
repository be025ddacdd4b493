package fr.nouage.project;

/** Who pilots a shared project: the seed's "plastic" pilotage. */
public enum Pilotage {
    /** The EPCI alone. */
    EPCI,
    /** One member commune. */
    COMMUNE,
    /** Several collectivités together. */
    CO_PILOTAGE,
    /** Several collectivités in turn, handing over on given dates. */
    ALTERNATING;

    /** Whether the mode needs two leads or more. */
    public boolean shared() {
        return this == CO_PILOTAGE || this == ALTERNATING;
    }

    public String messageKey() {
        return "pilotage." + name();
    }
}
