package fr.nouage.observatory;

/** How a director sees the relation between their collectivité and the others (the seed's four modes). */
public enum Relation {
    DEPENDENCE, COUNTER_DEPENDENCE, INDEPENDENCE, INTERDEPENDENCE;

    public String messageKey() {
        return "observatory.relation." + name();
    }
}
