package fr.nouage.observatory;

/**
 * What a module measures for one threshold, and the rule that judges it: a measure is met when its
 * value reaches its {@link #target()}. The list is the contract between the observatory and the
 * modules: each measure is reported by exactly one module (named in {@link #module()}); a measure no
 * module reports is "not measured yet", never a zero. Targets are written here, once, and shown on
 * the "how it is measured" page ({@code observatory.measure.<NAME>.rule} explains each).
 */
public enum Measure {
    // initiative
    COLLECTIVE_MEETINGS_HELD(Threshold.INITIATIVE, "meeting", 3),
    // awareness
    AWARENESS_EVENTS(Threshold.AWARENESS, "accompaniment", 2),
    AWARENESS_REACH(Threshold.AWARENESS, "accompaniment", 50),
    // decision process (window and agenda lead time are the charter's rules)
    UPSTREAM_SHARE(Threshold.DECISION_PROCESS, "meeting", 75),
    AGENDA_ON_TIME(Threshold.DECISION_PROCESS, "meeting", 80),
    OPINIONS_FORWARDED(Threshold.DECISION_PROCESS, "meeting", 3),
    // parity
    ATTENDANCE_BALANCE(Threshold.PARITY, "deliberation", 70),
    HOSTED_BY_COMMUNES(Threshold.PARITY, "deliberation", 50),
    VOICE_BALANCE(Threshold.PARITY, "deliberation", 60),
    PILOTAGE_BY_COMMUNES(Threshold.PARITY, "project", 40),
    // deliberation
    MANY_VOICED_ITEMS(Threshold.DELIBERATION, "deliberation", 4),
    OBJECTIONS_ANSWERED(Threshold.DELIBERATION, "deliberation", 70),
    CONSULTATIONS_CLOSED(Threshold.DELIBERATION, "deliberation", 1),
    // formalisation
    CHARTER_IN_FORCE(Threshold.FORMALISATION, "charter", 1),
    CHARTER_ADOPTION(Threshold.FORMALISATION, "charter", 75),
    GOVERNANCE_PACT(Threshold.FORMALISATION, "charter", 1),
    // networking (nouage)
    NETWORKS_ACTIVE(Threshold.NETWORKING, "network", 2),
    REFERENT_COVERAGE(Threshold.NETWORKING, "network", 60),
    PROJECT_REVIEWS(Threshold.NETWORKING, "project", 2),
    SHARED_PILOTAGE(Threshold.NETWORKING, "project", 1),
    // facilitator
    FACILITATOR_ACTIVE(Threshold.FACILITATOR, "accompaniment", 1),
    // culture
    REGULAR_QUARTERS(Threshold.CULTURE, "meeting", 4),
    ROTATION(Threshold.CULTURE, "meeting", 3),
    REFLEXIVE_POINTS(Threshold.CULTURE, "meeting", 1),
    // shared strategic vision
    DIAGNOSTIC_SHARED(Threshold.SHARED_VISION, "diagnostic", 1),
    STAKES_IDENTIFIED(Threshold.SHARED_VISION, "diagnostic", 3),
    // cooperation in action
    PROJECTS_RUNNING(Threshold.COOPERATION_IN_ACTION, "project", 3),
    AGREEMENTS_SIGNED(Threshold.COOPERATION_IN_ACTION, "project", 1);

    private final Threshold threshold;
    private final String module;
    private final double target;

    Measure(Threshold threshold, String module, double target) {
        this.threshold = threshold;
        this.module = module;
        this.target = target;
    }

    public Threshold threshold() {
        return threshold;
    }

    /** The module expected to report it (informative: shown on the "how it is measured" page). */
    public String module() {
        return module;
    }

    /** The value from which the measure is met. */
    public double target() {
        return target;
    }

    /** Whether {@code value} meets the measure. */
    public boolean metBy(double value) {
        return value >= target;
    }

    /** Share of the target reached, 0 to 100. */
    public int score(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value / target)) * 100);
    }

    public String messageKey() {
        return "observatory.measure." + name();
    }
}
