package fr.nouage.network;

/** How the people of two collectivités learn from each other. */
public enum ExchangeKind {
    /** "Vis ma vie": one spends a day in the other's job (a DGS with a secrétaire de mairie…). */
    VIS_MA_VIE,
    /** A visit of one collectivité's services by the other's people. */
    VISIT,
    /** A pairing: two collectivités follow each other over time. */
    PAIRING;

    public String messageKey() {
        return "network.exchange.kind." + name();
    }
}
