package fr.nouage.deliberation;

/** What a consultation between meetings asks of each collectivité. */
public enum ConsultationKind {
    /** A proposal to consent to: agree, reservation, objection (with its reason) or abstain. */
    CONSENT,
    /** A question for advice: a free answer. */
    ADVICE,
    /** One option among several. */
    SINGLE_CHOICE,
    /** The options ranked by preference, counted by instant-runoff voting. */
    RANKED_CHOICE,
    /** A number of points shared out among the options. */
    POINTS,
    /** The dates proposed for the next meeting, each marked available or not. */
    DATE_POLL;

    /** Whether the consultation offers options (or dates) to answer on. */
    public boolean hasOptions() {
        return this != CONSENT && this != ADVICE;
    }

    public String messageKey() {
        return "consultation.kind." + name();
    }
}
