package fr.nouage.observatory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import fr.nouage.observatory.Measure;
import fr.nouage.observatory.Mirror;
import fr.nouage.observatory.Observatory;
import fr.nouage.observatory.Threshold;
import fr.nouage.observatory.ThresholdState;
import fr.nouage.observatory.ThresholdStatus;
import fr.nouage.observatory.Watch;
import fr.nouage.territory.Territory;

/** What the maturity page shows: the path on a day, its quarterly history, the mirror and the alerts. */
public record MaturityView(Territory territory, LocalDate day, boolean today, LocalDate start,
        List<ThresholdStatus> thresholds, List<Observatory.QuarterPoint> history, Mirror mirror, List<Watch> alerts,
        Set<Measure> measured, boolean mayScheduleReflexive) {

    /** The thresholds of one field, in the order of the path. */
    public List<ThresholdStatus> of(Threshold.Field field) {
        return thresholds.stream().filter(s -> s.threshold().field() == field).toList();
    }

    /** Number of thresholds crossed or kept on the day. */
    public long held() {
        return thresholds.stream().filter(s -> s.state() == ThresholdState.CROSSED || s.state() == ThresholdState.KEPT)
                .count();
    }

    /** Number of thresholds held at a point of the history. */
    public static long held(Observatory.QuarterPoint point) {
        return point.readings().values().stream().filter(r -> r.held()).count();
    }

    /** A day as a reader expects it, e.g. 31/03/2026. */
    public static String date(LocalDate day) {
        return fr.nouage.platform.DateFormats.of("dd/MM/yyyy",
                org.springframework.context.i18n.LocaleContextHolder.getLocale()).format(day);
    }

    /** Measures of a threshold that no module reports yet. */
    public List<Measure> notMeasured(Threshold threshold) {
        return java.util.Arrays.stream(Measure.values()).filter(m -> m.threshold() == threshold)
                .filter(m -> !measured.contains(m)).toList();
    }
}
