package fr.nouage.charter.web;

import java.util.ArrayList;
import java.util.List;

import fr.nouage.charter.RuleParameter;
import fr.nouage.rules.ActiveRules;

/** A rule parameter whose value differs between two versions. */
public record RuleChange(String label, String before, String after) {

    static List<RuleChange> between(ActiveRules before, ActiveRules after, CharterViews views) {
        List<RuleChange> changes = new ArrayList<>();
        if (before == null || after == null) {
            return changes;
        }
        List<RuleRow> old = views.rows(before);
        List<RuleRow> now = views.rows(after);
        for (int i = 0; i < RuleParameter.values().length; i++) {
            if (!old.get(i).value().equals(now.get(i).value())) {
                changes.add(new RuleChange(now.get(i).label(), old.get(i).value(), now.get(i).value()));
            }
        }
        return changes;
    }
}
