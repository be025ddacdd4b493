package fr.nouage.charter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.InvalidRulesException;

/**
 * The parameters of the active rule an article carries, in the order written. Written as
 * {@code agendaLeadHours = 48 ; decisionMode = CONSENT} in Markdown and in forms.
 */
public record RuleParameters(Map<RuleParameter, String> values) {

    /** No rule. */
    public static final RuleParameters NONE = new RuleParameters(Map.of());

    public RuleParameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * Reads parameters written {@code key = value}, separated by semicolons, commas or new lines;
     * blank text means no rule.
     *
     * @throws CharterException INVALID for an unknown parameter, a value of the wrong type or a
     *                          parameter given twice
     */
    public static RuleParameters parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<RuleParameter, String> values = new LinkedHashMap<>();
        for (String part : text.split("[;,\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.strip() : part.substring(0, eq).strip();
            RuleParameter parameter = RuleParameter.ofKey(key)
                    .orElseThrow(() -> new CharterException(Reason.INVALID, "charter.error.ruleUnknown", key));
            if (eq < 0) {
                throw new CharterException(Reason.INVALID, "charter.error.ruleValue", key, "");
            }
            if (values.put(parameter, parameter.normalize(part.substring(eq + 1))) != null) {
                throw new CharterException(Reason.INVALID, "charter.error.ruleTwice", key);
            }
        }
        return new RuleParameters(values);
    }

    /** The written form, {@code key = value ; key = value}; empty for no rule. */
    public String format() {
        return values.entrySet().stream().map(e -> e.getKey().key() + " = " + e.getValue())
                .collect(Collectors.joining(" ; "));
    }

    /** These parameters set on top of {@code base}, not yet validated. */
    public ActiveRules applyTo(ActiveRules base) {
        ActiveRules rules = base;
        for (var e : values.entrySet()) {
            rules = e.getKey().applyTo(rules, e.getValue());
        }
        return rules;
    }

    /**
     * The rules a set of articles sets, on top of the defaults, with every range checked.
     *
     * @throws CharterException INVALID when a parameter is set by two articles or out of its range
     *                          (the message key of the rules module names the problem)
     */
    public static ActiveRules rulesOf(List<RuleParameters> articles) {
        Map<RuleParameter, String> all = new LinkedHashMap<>();
        for (RuleParameters rule : articles) {
            for (var e : rule.values().entrySet()) {
                if (all.put(e.getKey(), e.getValue()) != null) {
                    throw new CharterException(Reason.INVALID, "charter.error.ruleTwice", e.getKey().key());
                }
            }
        }
        ActiveRules rules = new RuleParameters(all).applyTo(ActiveRules.defaults());
        try {
            return rules.validated();
        } catch (InvalidRulesException e) {
            throw new CharterException(Reason.INVALID, e.messageKey());
        }
    }
}
