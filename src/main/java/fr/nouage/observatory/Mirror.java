package fr.nouage.observatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Perceived (the barometer's mean, 1–5 brought to 0–100) and observed (the evidence's score) side by
 * side per threshold; the largest gaps are topics for the next reflexive point.
 */
public record Mirror(List<Line> lines, Optional<BarometerResults> results) {

    /** How many of the largest gaps are highlighted. */
    public static final int HIGHLIGHTED = 3;

    /**
     * One threshold in the mirror.
     *
     * @param perceived 0–100, {@code null} when the barometer has no shown results for it
     * @param observed  0–100, {@code null} when the threshold is not measured
     */
    public record Line(Threshold threshold, Integer perceived, Integer observed) {

        /** Perceived minus observed; 0 when either is missing. */
        public int gap() {
            return perceived == null || observed == null ? 0 : perceived - observed;
        }

        public boolean comparable() {
            return perceived != null && observed != null;
        }
    }

    public static Mirror of(List<ThresholdStatus> maturity, Optional<BarometerResults> results) {
        List<Line> lines = new ArrayList<>();
        for (ThresholdStatus status : maturity) {
            Double mean = results.filter(BarometerResults::shown).map(r -> r.perceived().get(status.threshold()))
                    .orElse(null);
            Integer perceived = mean == null ? null : (int) Math.round((mean - 1) / 4 * 100);
            Integer observed = status.state() == ThresholdState.NOT_MEASURED ? null : status.score();
            lines.add(new Line(status.threshold(), perceived, observed));
        }
        return new Mirror(lines, results);
    }

    /** The comparable lines with the largest gaps, largest first. */
    public List<Line> largestGaps() {
        return lines.stream().filter(Line::comparable).filter(l -> l.gap() != 0)
                .sorted(Comparator.comparingInt((Line l) -> -Math.abs(l.gap()))).limit(HIGHLIGHTED).toList();
    }

    /** Whether a line is among the largest gaps. */
    public boolean highlighted(Line line) {
        return largestGaps().contains(line);
    }
}
