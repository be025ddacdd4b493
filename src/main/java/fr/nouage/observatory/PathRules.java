package fr.nouage.observatory;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;

/**
 * The rules of the path, written once (the "how it is measured" page shows them):
 * <ul>
 * <li>a threshold is <b>measured</b> when a module reports at least one of its measures; it is
 * <b>held</b> on a day when every measure reported that day meets its target; its <b>score</b> is the
 * mean share of the targets reached (0–100);</li>
 * <li>its state on a day is <b>kept</b> when it is held that day and at every quarter end since the
 * last quarter end a year or more earlier, <b>crossed</b> when held for less than that,
 * <b>slipping</b> when not held but held at an earlier quarter end, <b>not reached</b> otherwise.</li>
 * </ul>
 */
public final class PathRules {

    private PathRules() {
    }

    /** The threshold read from the facts of one day (facts of other thresholds are ignored). */
    public static Reading read(Threshold threshold, List<Evidence> facts) {
        List<Evidence> own = facts.stream().filter(e -> e.measure().threshold() == threshold).toList();
        if (own.isEmpty()) {
            return new Reading(threshold, false, false, 0, own);
        }
        boolean held = own.stream().allMatch(Evidence::met);
        int score = (int) Math.round(own.stream().mapToInt(e -> e.measure().score(e.value())).average().orElse(0));
        return new Reading(threshold, true, held, score, own);
    }

    /**
     * The state on {@code day} given the reading that day and whether the threshold was held at each
     * earlier quarter end ({@code past}: quarter end → held, all before {@code day}).
     */
    public static ThresholdState state(LocalDate day, Reading now, NavigableMap<LocalDate, Boolean> past) {
        if (!now.measured()) {
            return ThresholdState.NOT_MEASURED;
        }
        if (!now.held()) {
            return past.containsValue(Boolean.TRUE) ? ThresholdState.SLIPPING : ThresholdState.NOT_REACHED;
        }
        LocalDate yearBefore = day.minusYears(1);
        LocalDate from = past.floorKey(yearBefore);
        if (from == null) {
            return ThresholdState.CROSSED;
        }
        boolean heldAllYear = past.tailMap(from, true).values().stream().allMatch(Boolean::booleanValue);
        return heldAllYear ? ThresholdState.KEPT : ThresholdState.CROSSED;
    }

    /** The quarter ends strictly after {@code from}'s quarter start and strictly before {@code day}. */
    public static List<LocalDate> quarterEnds(LocalDate from, LocalDate day) {
        List<LocalDate> ends = new ArrayList<>();
        LocalDate end = quarterEnd(from);
        while (end.isBefore(day)) {
            ends.add(end);
            end = quarterEnd(end.plusDays(1));
        }
        return ends;
    }

    /** Last day of the quarter of {@code day}. */
    public static LocalDate quarterEnd(LocalDate day) {
        LocalDate start = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return start.plusMonths(3).minusDays(1);
    }
}
