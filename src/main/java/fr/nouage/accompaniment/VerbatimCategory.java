package fr.nouage.accompaniment;

/** The four kinds of verbatim a seminar's participants post on the wall. */
public enum VerbatimCategory {
    /** Facteur de réussite. */
    SUCCESS_FACTOR,
    /** Obstacle à lever. */
    OBSTACLE,
    /** Écho à ma pratique, enseignement. */
    ECHO,
    /** Questionnement. */
    QUESTION;

    public String messageKey() {
        return "accompaniment.category." + name();
    }

    /** The category of that name, {@code null} for none. */
    public static VerbatimCategory parse(String name) {
        for (VerbatimCategory c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }
}
