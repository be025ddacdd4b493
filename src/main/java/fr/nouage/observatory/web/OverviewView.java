package fr.nouage.observatory.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import fr.nouage.observatory.Overview;
import fr.nouage.observatory.Threshold;
import fr.nouage.observatory.ThresholdState;

/**
 * The cross-territory view: the territories kept by the filters, the departments and kinds to choose
 * from, and the distribution of states per threshold over the territories shown.
 */
public record OverviewView(List<Overview.Row> rows, int total, Set<String> departments, Set<String> kinds,
        String department, String kind, String size) {

    /** Size bands of a territory by population. */
    public static final List<String> SIZES = List.of("S", "M", "L", "XL");

    static String size(int population) {
        return population < 20_000 ? "S" : population < 50_000 ? "M" : population < 100_000 ? "L" : "XL";
    }

    static OverviewView of(List<Overview.Row> all, String department, String kind, String size) {
        List<Overview.Row> kept = all.stream().filter(r -> department.isBlank() || department.equals(r.department()))
                .filter(r -> kind.isBlank() || kind.equals(r.kind()))
                .filter(r -> size.isBlank() || size.equals(size(r.population()))).toList();
        Set<String> departments = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        all.forEach(r -> {
            departments.add(r.department());
            kinds.add(r.kind());
        });
        return new OverviewView(kept, all.size(), departments, kinds, department, kind, size);
    }

    /** How many of the territories shown are in each state on a threshold. */
    public Map<ThresholdState, Long> distribution(Threshold threshold) {
        Map<ThresholdState, Long> counts = new EnumMap<>(ThresholdState.class);
        for (ThresholdState s : ThresholdState.values()) {
            counts.put(s, rows.stream().filter(r -> r.states().get(threshold) == s).count());
        }
        return counts;
    }
}
