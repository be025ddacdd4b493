package fr.nouage.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.meeting.RotationTurn;
import fr.nouage.meeting.internal.MeetingRepository.TurnRow;

class RotationPlannerTest {

    private static final List<String> NINE = List.of("A", "B", "C", "D", "E", "F", "G", "H", "I");

    /** A year of weekly-ish meetings: four a month, each planned with the rotation's proposal. */
    private static List<TurnRow> year(List<String> candidates, List<TurnRow> forced, int meetings) {
        List<TurnRow> past = new ArrayList<>(forced);
        Instant day = LocalDate.of(2027, 1, 4).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(past.size() * 7L * 86400);
        for (int i = 0; i < meetings; i++) {
            RotationTurn turn = RotationPlanner.next(candidates, past);
            assertThat(turn.facilitatorSiren()).as("the host does not also facilitate").isNotEqualTo(turn.hostSiren());
            past.add(new TurnRow(turn.hostSiren(), turn.facilitatorSiren(), day));
            day = day.plusSeconds(7L * 86400);
        }
        return past;
    }

    private static Map<String, Integer> count(List<TurnRow> rows, boolean hosting) {
        Map<String, Integer> counts = new HashMap<>();
        NINE.forEach(c -> counts.put(c, 0));
        rows.forEach(r -> counts.merge(hosting ? r.hostSiren() : r.facilitatorSiren(), 1, Integer::sum));
        return counts;
    }

    @Test
    void overAYearEveryCollectivityHostsAndFacilitatesItsFairShare() {
        List<TurnRow> year = year(NINE, List.of(), 48);

        Map<String, Integer> hosted = count(year, true);
        Map<String, Integer> facilitated = count(year, false);
        assertThat(hosted.values().stream().mapToInt(i -> i).max().getAsInt()
                - hosted.values().stream().mapToInt(i -> i).min().getAsInt()).isLessThanOrEqualTo(1);
        assertThat(facilitated.values().stream().mapToInt(i -> i).max().getAsInt()
                - facilitated.values().stream().mapToInt(i -> i).min().getAsInt()).isLessThanOrEqualTo(1);
        assertThat(hosted.values().stream().mapToInt(i -> i).sum()).isEqualTo(48);
    }

    @Test
    void whoHostedMoreThroughAnOverrideWaitsUntilTheOthersCatchUp() {
        Instant jan = LocalDate.of(2027, 1, 4).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<TurnRow> forced = List.of(new TurnRow("A", "B", jan), new TurnRow("A", "C", jan.plusSeconds(604800)),
                new TurnRow("A", "D", jan.plusSeconds(2 * 604800)));

        List<TurnRow> year = year(NINE, forced, 42);

        assertThat(count(year, true)).allSatisfy((collectivity, hosted) -> assertThat(hosted).isEqualTo(5));
        assertThat(year.subList(3, 11)).extracting(TurnRow::hostSiren).doesNotContain("A");
    }

    @Test
    void theLeastRecentTurnComesFirstAmongEquals() {
        Instant jan = LocalDate.of(2027, 1, 4).atStartOfDay().toInstant(ZoneOffset.UTC);
        List<TurnRow> past = List.of(new TurnRow("B", "A", jan), new TurnRow("A", "B", jan.plusSeconds(604800)));

        RotationTurn next = RotationPlanner.next(List.of("A", "B", "C"), past);

        assertThat(next.hostSiren()).isEqualTo("C");
        assertThat(next.facilitatorSiren()).isEqualTo("A");
    }

    @Test
    void aLoneCollectivityDoesEverything() {
        assertThat(RotationPlanner.next(List.of("A"), List.of())).isEqualTo(new RotationTurn("A", "A"));
        assertThat(RotationPlanner.next(List.of(), List.of())).isEqualTo(new RotationTurn(null, null));
    }
}
