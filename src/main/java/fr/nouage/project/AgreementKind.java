package fr.nouage.project;

/** The kinds of convention between collectivités of the bloc local. */
public enum AgreementKind {
    /** Service commun (CGCT L5211-4-2). */
    SHARED_SERVICE,
    /** Mise à disposition de services, mutualisation. */
    MUTUALISATION,
    /** Groupement de commandes (code de la commande publique L2113-6). */
    PURCHASING_GROUP,
    /** Entente intercommunale (CGCT L5221-1). */
    ENTENTE;

    public String messageKey() {
        return "agreementKind." + name();
    }
}
