package fr.nouage.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import fr.nouage.territory.Collectivity;
import fr.nouage.territory.CollectivityKind;

class HistoryWriterTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    /** Keeps every row as text, in order. */
    static final class Recorder implements RowSink {
        final List<String> rows = new ArrayList<>();
        final Map<String, Long> ids = new HashMap<>();

        @Override
        public void table(String table, boolean identity, String... columns) {
            ids.put(table, 1L);
        }

        @Override
        public long nextId(String table) {
            return ids.merge(table, 1L, Long::sum) - 1;
        }

        @Override
        public void add(String table, Object... values) {
            rows.add(table + Arrays.toString(values));
        }

        long count(String table) {
            return rows.stream().filter(r -> r.startsWith(table + "[")).count();
        }
    }

    private static List<Collectivity> members() {
        return IntStream.range(0, 12).mapToObj(i -> new Collectivity("2000000" + (10 + i), "850" + (10 + i),
                "Commune " + i, i == 0 ? CollectivityKind.EPCI : CollectivityKind.COMMUNE, 1_000 * i, "248500662", true))
                .toList();
    }

    private static Recorder generate(long seed) {
        Recorder recorder = new Recorder();
        HistoryWriter.declareTables(recorder);
        new HistoryWriter(recorder, seed, "248500662", NOW).write("248500662", "CC", members(), 2, 50, 10);
        return recorder;
    }

    @Test
    void theSameSeedGivesTheSameHistory() {
        assertThat(generate(42).rows).isEqualTo(generate(42).rows);
    }

    @Test
    void anotherSeedGivesAnotherHistory() {
        assertThat(generate(42).rows).isNotEqualTo(generate(43).rows);
    }

    @Test
    void writesTheExpectedVolumes() {
        Recorder history = generate(7);
        assertThat(history.count("meeting")).isEqualTo(2 * 50 + 2);
        assertThat(history.count("agenda_item")).isEqualTo((2 * 50 + 2) * 10);
        assertThat(history.count("elected_session")).isEqualTo(2 * 50 + 2);
        assertThat(history.count("item_position")).isPositive();
        long held = history.rows.stream().filter(r -> r.startsWith("meeting[") && r.contains("HELD")).count();
        assertThat(held).isBetween(90L, 100L);
        assertThat(history.count("attendance")).isEqualTo(held * 12);
    }

    @Test
    void writesConsultationsAnsweredByNearlyEveryCollectiviteWithOneStillOpen() {
        Recorder history = generate(7);
        assertThat(history.count("consultation")).isEqualTo(2 * 6);
        assertThat(history.count("consultation_answer")).isBetween(12L * 12 * 85 / 100, 12L * 12);
        assertThat(history.rows.stream().filter(r -> r.startsWith("consultation[")).filter(r -> r.endsWith(", null]")))
                .hasSize(1);
    }

    @Test
    void freezesTheAgendasDueAndConvenesTheMembersToTheLatestWithTokensTheLoadTestCanCompute() {
        Recorder history = new Recorder();
        HistoryWriter.declareTables(history);
        String email = SyntheticAccounts.director("200000010");
        new HistoryWriter(history, 42, "248500662", NOW).write("248500662", "CC", members(), 1, 50, 10,
                List.of(new HistoryWriter.Convened(7, email)));
        // meeting[id, territory, body, starts, ends, place, host, facilitator, lead, freezes, frozen, ...]
        List<String[]> meetings = history.rows.stream().filter(r -> r.startsWith("meeting["))
                .map(r -> r.substring("meeting[".length(), r.length() - 1).split(", ")).toList();
        List<String[]> due = meetings.stream()
                .filter(m -> !java.sql.Timestamp.valueOf(m[9]).toInstant().isAfter(NOW)).toList();
        assertThat(due).allSatisfy(m -> assertThat(m[10]).isEqualTo(m[9]));
        assertThat(meetings).filteredOn(m -> java.sql.Timestamp.valueOf(m[9]).toInstant().isAfter(NOW))
                .isNotEmpty().allSatisfy(m -> assertThat(m[10]).isEqualTo("null"));
        String latestFrozen = due.get(due.size() - 1)[0];
        assertThat(history.rows).filteredOn(r -> r.startsWith("convocation[")).singleElement().asString()
                .startsWith("convocation[1, " + latestFrozen + ", 7, " + email + ", ")
                .contains(SyntheticAccounts.tokenHash(SyntheticAccounts.convocationToken(42, "248500662", email)))
                .endsWith(", null]");
        assertThat(SyntheticAccounts.convocationToken(42, "248500662", email)).matches("[A-Za-z0-9_-]{43}")
                .isNotEqualTo(SyntheticAccounts.convocationToken(43, "248500662", email))
                .isNotEqualTo(SyntheticAccounts.convocationToken(42, "248500530", email));
    }
}
