package fr.nouage.deliberation.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.nouage.deliberation.DecisionReview;
import fr.nouage.deliberation.ParityReport;
import fr.nouage.territory.SizeClass;
import fr.nouage.territory.Territory;

/**
 * The parity page of a territory over a period.
 *
 * @param report   the figures, {@code null} when the period was refused
 * @param classes  the EPCI then each size class, with what its collectivités did
 * @param bars     contributions of each collectivité, largest first, for the chart
 * @param notHeard names of the collectivités heard in none of the last meetings
 * @param reviews  decisions that asked to be reviewed, the earliest first
 */
public record ParityView(Territory territory, LocalDate from, LocalDate to, ParityReport report,
        List<ClassRow> classes, List<Bar> bars, List<String> notHeard, List<DecisionReview> reviews, LocalDate today,
        FormError error) {

    /** Width, in SVG units, of the longest bar. */
    public static final int BAR_WIDTH = 400;

    /** What the collectivités of a size class (or the EPCI, key {@code EPCI}) did. */
    public record ClassRow(String key, int collectivities, int attended, int proposed, int positions, int turns,
            int hosted, int facilitated, double contributionShare) {

        public int contributions() {
            return proposed + positions + turns;
        }

        /** Message key of the row's label. */
        public String messageKey() {
            return "EPCI".equals(key) ? "parity.class.EPCI" : "sizeClass." + key;
        }
    }

    /**
     * A bar of a chart.
     *
     * @param width its length in SVG units, proportional to {@code value}
     */
    public record Bar(String label, int value, int width) {
    }

    /** Sums the rows of the report by size class, the EPCI apart, in the report's class order. */
    public static List<ClassRow> classRows(ParityReport report) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        sums.put("EPCI", new int[7]);
        for (SizeClass s : SizeClass.values()) {
            sums.put(s.name(), new int[7]);
        }
        for (ParityReport.Row r : report.collectivities()) {
            int[] s = sums.computeIfAbsent(r.sizeClass(), k -> new int[7]);
            s[0]++;
            s[1] += r.attended();
            s[2] += r.proposed();
            s[3] += r.positions();
            s[4] += r.speakingTurns();
            s[5] += r.hosted();
            s[6] += r.facilitated();
        }
        List<ClassRow> rows = new ArrayList<>();
        sums.forEach((key, s) -> {
            ParityReport.ClassShare share = report.bySizeClass().get(key);
            rows.add(new ClassRow(key, s[0], s[1], s[2], s[3], s[4], s[5], s[6],
                    share == null ? 0 : share.contributionShare()));
        });
        return rows;
    }

    /** One bar per collectivité, the largest contribution first (then by name), scaled to {@code fullWidth}. */
    public static List<Bar> bars(List<ParityReport.Row> rows, int fullWidth) {
        int max = rows.stream().mapToInt(ParityReport.Row::contributions).max().orElse(0);
        return rows.stream()
                .sorted(Comparator.comparingInt(ParityReport.Row::contributions).reversed()
                        .thenComparing(ParityReport.Row::name))
                .map(r -> new Bar(r.name(), r.contributions(), width(r.contributions(), max, fullWidth))).toList();
    }

    /** A bar length proportional to {@code value}; at least 1 for a value above 0, so that it shows. */
    public static int width(int value, int max, int fullWidth) {
        if (value <= 0 || max <= 0) {
            return 0;
        }
        return Math.max(1, (int) Math.round((double) value * fullWidth / max));
    }

    /** A share (0 to 1) as a percentage with one decimal, e.g. {@code 12,5 %}. */
    public static String percent(double share, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(share * 100) + "\u00a0%";
    }

    /** A coefficient between 0 and 1 with two decimals, e.g. {@code 0,82}. */
    public static String coefficient(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** Height of a chart of {@code bars} bars, in SVG units. */
    public static int chartHeight(int bars) {
        return Math.max(1, bars) * 24 + 8;
    }
}
