package fr.nouage.deliberation;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * How a territory's collective took part over a period, month by month, and how its collectivités
 * stood on the items they were asked about.
 *
 * @param months  the months with at least one meeting of the collective, in order
 * @param stances how many positions of each stance were expressed, every stance present
 */
public record ParityTrends(List<Month> months, Map<Stance, Integer> stances) {

    /**
     * One month.
     *
     * @param meetings    meetings held that month
     * @param attendances collectivités present or represented, added up over those meetings
     * @param members     collectivités of the territory (the most that can attend one meeting)
     */
    public record Month(YearMonth month, int meetings, int attendances, int members) {

        /** Share of the collectivités present at an average meeting of the month, from 0 to 1. */
        public double rate() {
            return meetings == 0 || members == 0 ? 0 : (double) attendances / (meetings * (double) members);
        }
    }

    /** All the positions expressed over the period. */
    public int positions() {
        return stances.values().stream().mapToInt(Integer::intValue).sum();
    }
}
