package fr.nouage.project;

/** The six co-phases of a shared project, in their order. */
public enum Phase {
    CO_DIAGNOSTIC, CO_ELABORATION, CO_DECISION, CO_PRODUCTION, CO_PILOTAGE, CO_EVALUATION;

    public String messageKey() {
        return "phase." + name();
    }

    /** Position of the phase, from 1 to 6. */
    public int rank() {
        return ordinal() + 1;
    }
}
