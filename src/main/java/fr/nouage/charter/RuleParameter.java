package fr.nouage.charter;

import java.util.Locale;
import java.util.Optional;

import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.AdoptionRule;
import fr.nouage.rules.DecisionMode;

/** A typed parameter of an active rule, one per field of {@link ActiveRules}. */
public enum RuleParameter {
    AGENDA_LEAD_HOURS("agendaLeadHours", Type.INTEGER),
    UPSTREAM_WINDOW_FROM_DAYS("upstreamWindowFromDays", Type.INTEGER),
    UPSTREAM_WINDOW_TO_DAYS("upstreamWindowToDays", Type.INTEGER),
    DECISION_MODE("decisionMode", Type.DECISION_MODE),
    QUORUM_PERCENT("quorumPercent", Type.INTEGER),
    ROTATION("rotation", Type.BOOLEAN),
    MINUTES_WITHIN_DAYS("minutesWithinDays", Type.INTEGER),
    MINUTES_TO_ELECTED("minutesToElected", Type.BOOLEAN),
    REFLEXIVE_EVERY_MONTHS("reflexiveEveryMonths", Type.INTEGER),
    YEARLY_SEMINAR("yearlySeminar", Type.BOOLEAN),
    ADOPTION_RULE("adoptionRule", Type.ADOPTION_RULE);

    /** The type of a parameter's value. */
    public enum Type {
        INTEGER, BOOLEAN, DECISION_MODE, ADOPTION_RULE
    }

    private final String key;
    private final Type type;

    RuleParameter(String key, Type type) {
        this.key = key;
        this.type = type;
    }

    /** Name of the parameter in Markdown and forms, e.g. {@code agendaLeadHours}. */
    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public String messageKey() {
        return "charter.rule." + key;
    }

    public static Optional<RuleParameter> ofKey(String key) {
        for (RuleParameter p : values()) {
            if (p.key.equalsIgnoreCase(key == null ? "" : key.strip())) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * The canonical form of a value of this parameter ({@code 48}, {@code true}, {@code CONSENT}).
     *
     * @throws CharterException INVALID when the value is not of the parameter's type
     */
    public String normalize(String raw) {
        String value = raw == null ? "" : raw.strip();
        try {
            return switch (type) {
                case INTEGER -> Integer.toString(Integer.parseInt(value));
                case BOOLEAN -> {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        throw new IllegalArgumentException(value);
                    }
                    yield value.toLowerCase(Locale.ROOT);
                }
                case DECISION_MODE -> DecisionMode.valueOf(value.toUpperCase(Locale.ROOT)).name();
                case ADOPTION_RULE -> AdoptionRule.valueOf(value.toUpperCase(Locale.ROOT)).name();
            };
        } catch (IllegalArgumentException e) {
            throw new CharterException(Reason.INVALID, "charter.error.ruleValue", key, value);
        }
    }

    /** The value of this parameter in a set of rules, in canonical form. */
    public String valueIn(ActiveRules r) {
        return switch (this) {
            case AGENDA_LEAD_HOURS -> Integer.toString(r.agendaLeadHours());
            case UPSTREAM_WINDOW_FROM_DAYS -> Integer.toString(r.upstreamWindowFromDays());
            case UPSTREAM_WINDOW_TO_DAYS -> Integer.toString(r.upstreamWindowToDays());
            case DECISION_MODE -> r.decisionMode().name();
            case QUORUM_PERCENT -> Integer.toString(r.quorumPercent());
            case ROTATION -> Boolean.toString(r.rotation());
            case MINUTES_WITHIN_DAYS -> Integer.toString(r.minutesWithinDays());
            case MINUTES_TO_ELECTED -> Boolean.toString(r.minutesToElected());
            case REFLEXIVE_EVERY_MONTHS -> Integer.toString(r.reflexiveEveryMonths());
            case YEARLY_SEMINAR -> Boolean.toString(r.yearlySeminar());
            case ADOPTION_RULE -> r.adoptionRule().name();
        };
    }

    /** The rules with this parameter set to {@code value} (canonical form, see {@link #normalize}). */
    public ActiveRules applyTo(ActiveRules r, String value) {
        int n = type == Type.INTEGER ? Integer.parseInt(value) : 0;
        boolean b = Boolean.parseBoolean(value);
        return new ActiveRules(r.charterVersion(),
                this == AGENDA_LEAD_HOURS ? n : r.agendaLeadHours(),
                this == UPSTREAM_WINDOW_FROM_DAYS ? n : r.upstreamWindowFromDays(),
                this == UPSTREAM_WINDOW_TO_DAYS ? n : r.upstreamWindowToDays(),
                this == DECISION_MODE ? DecisionMode.valueOf(value) : r.decisionMode(),
                this == QUORUM_PERCENT ? n : r.quorumPercent(),
                this == ROTATION ? b : r.rotation(),
                this == MINUTES_WITHIN_DAYS ? n : r.minutesWithinDays(),
                this == MINUTES_TO_ELECTED ? b : r.minutesToElected(),
                this == REFLEXIVE_EVERY_MONTHS ? n : r.reflexiveEveryMonths(),
                this == YEARLY_SEMINAR ? b : r.yearlySeminar(),
                this == ADOPTION_RULE ? AdoptionRule.valueOf(value) : r.adoptionRule());
    }
}
