package fr.nouage.account;

/** What a person does in Nouage; every role but coordinator and admin is scoped to one territory. */
public enum Role {
    /** DGS, DGA or secrétaire général(e) de mairie, scoped to a territory and a collectivité. */
    DIRECTOR(true, true),
    /** Maire, président or vice-président. */
    ELECTED(true, false),
    /** Agent named by a collectivité to a business network. */
    REFERENT(true, false),
    /** Neutral third party accompanying the territory. */
    FACILITATOR(true, false),
    /** Regional CNFPT team: every accompanied territory. */
    COORDINATOR(false, false),
    /** Platform operator. */
    ADMIN(false, false);

    private final boolean needsTerritory;
    private final boolean needsCollectivity;

    Role(boolean needsTerritory, boolean needsCollectivity) {
        this.needsTerritory = needsTerritory;
        this.needsCollectivity = needsCollectivity;
    }

    public boolean needsTerritory() {
        return needsTerritory;
    }

    public boolean needsCollectivity() {
        return needsCollectivity;
    }

    /** Spring Security authority of the role, e.g. {@code ROLE_DIRECTOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
