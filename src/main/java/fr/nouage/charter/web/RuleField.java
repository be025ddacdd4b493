package fr.nouage.charter.web;

import java.util.ArrayList;
import java.util.List;

import fr.nouage.charter.RuleParameter;
import fr.nouage.charter.RuleParameters;

/** A typed field of the amendment form for one parameter of the article's rule, with its current value. */
public record RuleField(RuleParameter parameter, String value) {

    /**
     * The fields of the parameters the article's rule carries, filled with the submitted values when
     * they can be read (else with the starting ones).
     */
    static List<RuleField> of(RuleParameters start, String submitted) {
        RuleParameters values;
        try {
            values = RuleParameters.parse(submitted);
        } catch (RuntimeException e) {
            values = start;
        }
        List<RuleField> fields = new ArrayList<>();
        for (var e : start.values().entrySet()) {
            fields.add(new RuleField(e.getKey(), values.values().getOrDefault(e.getKey(), e.getValue())));
        }
        return fields;
    }
}
