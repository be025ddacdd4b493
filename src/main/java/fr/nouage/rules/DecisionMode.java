package fr.nouage.rules;

/** How the collective of directors decides. */
public enum DecisionMode {
    /** Adopted when no objection remains. */
    CONSENT,
    /** Adopted when every collectivité present agrees. */
    CONSENSUS,
    /** Adopted by a majority of the collectivités present. */
    MAJORITY
}
