package fr.nouage.deliberation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Whether every collectivité's voice counts, over a period: what each did, shares by size class,
 * the Gini coefficient of contributions and the EPCI's share.
 *
 * @param meetings          the collective's meetings in the period
 * @param gini              Gini coefficient of contributions (items proposed, positions, speaking turns)
 * @param epciShare         share of all contributions made by the EPCI (0 to 1)
 * @param notHeardRecently  SIRENs of collectivités heard in none of the last meetings
 */
public record ParityReport(String territorySiren, LocalDate from, LocalDate to, int meetings, List<Row> collectivities,
        Map<String, ClassShare> bySizeClass, double gini, double epciShare, double epciHostingShare,
        List<String> notHeardRecently, int recentMeetingsChecked) {

    /** What one collectivité did in the period. */
    public record Row(String siren, String name, boolean epci, String sizeClass, int population, int attended,
            int excused, int proposed, int positions, int speakingTurns, int hosted, int facilitated) {

        public int contributions() {
            return proposed + positions + speakingTurns;
        }
    }

    /**
     * Totals of a size class (or of the EPCI, under the key {@code EPCI}).
     *
     * @param contributionShare share of all contributions (0 to 1)
     */
    public record ClassShare(int collectivities, int attended, int contributions, int hosted, int facilitated,
            double contributionShare, double hostingShare) {
    }
}
