package fr.nouage.project.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import fr.nouage.project.Contribution;
import fr.nouage.project.Indicator;
import fr.nouage.project.Project;

/** The evaluation page: indicators, and per collectivité what it put in and got back. */
public record EvaluationView(Project project, Map<String, String> names, List<Indicator> indicators,
        List<Contribution> contributions, boolean maySteer, List<String> answerable) {

    public String name(String siren) {
        return names.getOrDefault(siren, siren);
    }

    public String base() {
        return "/territoires/" + project.territorySiren() + "/projets/" + project.id();
    }

    public String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    public String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    /** Whether the returns per euro differ between collectivités: the seed warns they seldom are equal. */
    public boolean unequal() {
        return contributions.stream().map(Contribution::returnPerEuro).filter(java.util.Objects::nonNull).distinct()
                .count() > 1;
    }
}
