package fr.nouage.deliberation;

/** A collectivité's position on an item. */
public enum Stance {
    AGREE, RESERVATION, OBJECTION, ABSTAIN;

    public String messageKey() {
        return "stance." + name();
    }
}
