package fr.nouage.territory;

/** Whether a collectivité is the intercommunality itself or one of its member communes. */
public enum CollectivityKind {
    EPCI, COMMUNE
}
