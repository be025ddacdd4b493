package fr.nouage.observatory;

/**
 * The eleven thresholds of the path of maturation (DESIGN.md section 3), each in one of the three
 * fields the collective works on.
 */
public enum Threshold {
    INITIATIVE(Field.RELATIONS), AWARENESS(Field.RELATIONS), DECISION_PROCESS(Field.ACTION), PARITY(Field.RELATIONS),
    DELIBERATION(Field.RELATIONS), FORMALISATION(Field.RELATIONS), NETWORKING(Field.ACTION),
    FACILITATOR(Field.RELATIONS), CULTURE(Field.RELATIONS), SHARED_VISION(Field.VISION),
    COOPERATION_IN_ACTION(Field.ACTION);

    /** The three fields to work together: the system of relations, concrete action, the shared strategic vision. */
    public enum Field {
        RELATIONS, ACTION, VISION;

        public String messageKey() {
            return "observatory.field." + name();
        }
    }

    private final Field field;

    Threshold(Field field) {
        this.field = field;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return "observatory.threshold." + name();
    }
}
