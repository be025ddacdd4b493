package fr.nouage.accompaniment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A seminar's wall as the room sees it: the verbatims shown, grouped by category, the highlighted
 * first, then the most voted, then the oldest.
 */
public record Wall(Map<VerbatimCategory, List<Verbatim>> byCategory, long version) {

    static final Comparator<Verbatim> ORDER = Comparator.comparing((Verbatim v) -> !v.highlighted())
            .thenComparing(Comparator.comparingInt(Verbatim::votes).reversed())
            .thenComparing(Verbatim::postedAt).thenComparingLong(Verbatim::id);

    /** The wall of these verbatims: hidden and merged ones left out, every category present. */
    public static Wall of(List<Verbatim> verbatims, long version) {
        Map<VerbatimCategory, List<Verbatim>> grouped = new EnumMap<>(VerbatimCategory.class);
        for (VerbatimCategory c : VerbatimCategory.values()) {
            grouped.put(c, new ArrayList<>());
        }
        verbatims.stream().filter(Verbatim::shown).forEach(v -> grouped.get(v.category()).add(v));
        grouped.replaceAll((c, list) -> list.stream().sorted(ORDER).toList());
        return new Wall(grouped, version);
    }

    public List<Verbatim> of(VerbatimCategory category) {
        return byCategory.get(category);
    }

    /** How many verbatims the wall shows. */
    public int size() {
        return byCategory.values().stream().mapToInt(List::size).sum();
    }
}
