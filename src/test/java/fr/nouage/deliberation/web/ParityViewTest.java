package fr.nouage.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.deliberation.ParityReport;

/** The helpers of the parity page: sums by size class, chart bars, French percentages. */
class ParityViewTest {

    private static ParityReport.Row row(String name, String sizeClass, int proposed, int positions, int turns,
            int hosted) {
        return new ParityReport.Row(name, name, "EPCI".equals(sizeClass), sizeClass, 1000, 2, 0, proposed, positions,
                turns, hosted, 1);
    }

    private final ParityReport report = new ParityReport("1", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31), 3,
            List.of(row("Communauté", "EPCI", 2, 2, 1, 2), row("Petite", "UNDER_1000", 0, 1, 0, 0),
                    row("Autre petite", "UNDER_1000", 1, 1, 0, 1), row("Bourg", "FROM_1000_TO_3499", 0, 0, 0, 0)),
            Map.of("EPCI", new ParityReport.ClassShare(1, 2, 5, 2, 1, 0.5556, 0.6667)), 0.5, 0.5556, 0.6667, List.of(), 3);

    @Test
    void classRowsSumWhatTheirCollectivitiesDidTheEpciApart() {
        List<ParityView.ClassRow> classes = ParityView.classRows(report);

        assertThat(classes).extracting(ParityView.ClassRow::key).containsExactly("EPCI", "UNDER_1000",
                "FROM_1000_TO_3499", "FROM_3500_TO_9999", "FROM_10000");
        ParityView.ClassRow small = classes.get(1);
        assertThat(small.collectivities()).isEqualTo(2);
        assertThat(small.proposed()).isEqualTo(1);
        assertThat(small.positions()).isEqualTo(2);
        assertThat(small.contributions()).isEqualTo(3);
        assertThat(small.hosted()).isEqualTo(1);
        assertThat(small.attended()).isEqualTo(4);
        assertThat(classes.get(0).contributionShare()).isEqualTo(0.5556);
        assertThat(classes.get(3).collectivities()).isZero();
    }

    @Test
    void barsGoFromTheLargestContributionAndScaleToTheLongest() {
        List<ParityView.Bar> bars = ParityView.bars(report.collectivities(), 400);

        assertThat(bars).extracting(ParityView.Bar::label).containsExactly("Communauté", "Autre petite", "Petite", "Bourg");
        assertThat(bars).extracting(ParityView.Bar::width).containsExactly(400, 160, 80, 0);
        assertThat(ParityView.width(1, 1000, 400)).isEqualTo(1);
    }

    @Test
    void sharesAndCoefficientsAreWrittenTheFrenchWay() {
        assertThat(ParityView.percent(0.5556, Locale.FRENCH)).isEqualTo("55,6\u00a0%");
        assertThat(ParityView.coefficient(0.8167, Locale.FRENCH)).isEqualTo("0,82");
    }
}
