package fr.nouage.network;

/** What a network gathers people around. */
public enum NetworkKind {
    /** A business (métier): finances, RH, urbanisme, enfance-jeunesse, commande publique… */
    BUSINESS,
    /** A function: assistants de direction, secrétaires de mairie… */
    FUNCTION,
    /** A shared project. */
    PROJECT;

    public String messageKey() {
        return "network.kind." + name();
    }
}
