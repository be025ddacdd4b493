package fr.nouage.charter.web;

import java.util.ArrayList;
import java.util.List;

import fr.nouage.charter.RuleParameter;
import fr.nouage.charter.RuleParameters;

/**
 * A typed field of the amendment form for one parameter of the article's rule.
 *
 * @param value   the value in the field
 * @param inForce the value in force, in words (e.g. {@code 48 heures})
 */
public record RuleField(RuleParameter parameter, String value, String inForce) {

    /**
     * The fields of the parameters the article's rule carries, filled with the submitted values when
     * they can be read (else with the starting ones).
     */
    static List<RuleField> of(RuleParameters start, String submitted, RuleParameters inForce, CharterViews views) {
        RuleParameters values;
        try {
            values = RuleParameters.parse(submitted);
        } catch (RuntimeException e) {
            values = start;
        }
        List<RuleField> fields = new ArrayList<>();
        for (var e : start.values().entrySet()) {
            String current = inForce.values().get(e.getKey());
            fields.add(new RuleField(e.getKey(), values.values().getOrDefault(e.getKey(), e.getValue()),
                    current == null ? "—" : views.value(e.getKey(), current)));
        }
        return fields;
    }
}
