package fr.nouage.network;

/** What two collectivités do together, making a link of the cooperation graph. */
public enum LinkKind {
    /** They co-pilot a shared project. */
    PROJECT,
    /** They are parties to a signed convention. */
    AGREEMENT,
    /** Both have a referent in the same network. */
    NETWORK,
    /** Their people took part in an exchange (Vis ma vie, visit, pairing). */
    EXCHANGE,
    /** One hosted a meeting the other attended. */
    MEETING;

    public String messageKey() {
        return "network.graph.kind." + name();
    }
}
