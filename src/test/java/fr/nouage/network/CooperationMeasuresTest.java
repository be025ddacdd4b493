package fr.nouage.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.network.CooperationMeasures.Link;

/**
 * The measures on a graph drawn by hand: A is linked to B, C and D, D to E, F to nobody.
 *
 * <pre>
 *   B   C
 *    \ /
 *     A --- D --- E        F
 * </pre>
 *
 * Shortest paths through A: B–C, B–D, C–D, B–E, C–E (5); through D: A–E, B–E, C–E (3); through no
 * other. With 6 nodes there are (6−1)(6−2)/2 = 10 pairs of others, so A's betweenness is 0.5 and D's
 * 0.3. One hub (10 % of 6, rounded up): A. Isolated: F.
 */
class CooperationMeasuresTest {

    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate TO = LocalDate.of(2027, 1, 1);

    Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        for (String n : List.of("A", "B", "C", "D", "E", "F")) {
            names.put(n, "Commune " + n);
        }
        return names;
    }

    static Link link(String a, String b, LinkKind kind, double weight, LocalDate on) {
        return new Link(a, b, kind, weight, on, on);
    }

    List<Link> links() {
        LocalDate in2025 = LocalDate.of(2025, 3, 1);
        LocalDate in2026 = LocalDate.of(2026, 5, 1);
        return List.of(link("A", "B", LinkKind.EXCHANGE, 1, in2025), link("B", "A", LinkKind.NETWORK, 1, in2026),
                link("A", "C", LinkKind.PROJECT, 2, in2025), link("A", "D", LinkKind.MEETING, 1, in2026),
                link("D", "E", LinkKind.AGREEMENT, 1, in2026),
                // outside the period: no link
                link("E", "F", LinkKind.EXCHANGE, 1, LocalDate.of(2024, 6, 1)));
    }

    @Test
    void degreeStrengthAndBetweennessAreThoseComputedByHand() {
        CooperationGraph graph = CooperationMeasures.measure(names(), links(), FROM, TO);
        Map<String, CooperationGraph.Node> nodes = new LinkedHashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.siren(), n));
        assertThat(nodes.get("A").degree()).isEqualTo(3);
        assertThat(nodes.get("D").degree()).isEqualTo(2);
        assertThat(nodes.get("F").degree()).isZero();
        assertThat(nodes.get("A").strength()).isEqualTo(5.0);
        assertThat(nodes.get("A").betweenness()).isCloseTo(0.5, within(1e-9));
        assertThat(nodes.get("D").betweenness()).isCloseTo(0.3, within(1e-9));
        assertThat(nodes.get("B").betweenness()).isZero();
        assertThat(graph.hubs()).extracting(CooperationGraph.Node::siren).containsExactly("A");
        assertThat(graph.isolated()).extracting(CooperationGraph.Node::siren).containsExactly("F");
    }

    @Test
    void linksOfOnePairAreOneEdgeWithTheirWeightsAddedAndKindsJoined() {
        CooperationGraph graph = CooperationMeasures.measure(names(), links(), FROM, TO);
        assertThat(graph.edges()).hasSize(4);
        CooperationGraph.Edge ab = graph.edges().stream().filter(e -> e.a().equals("A") && e.b().equals("B"))
                .findFirst().orElseThrow();
        assertThat(ab.weight()).isEqualTo(2.0);
        assertThat(ab.kinds()).containsExactlyInAnyOrder(LinkKind.EXCHANGE, LinkKind.NETWORK);
    }

    @Test
    void eachYearHasItsOwnFigures() {
        CooperationGraph graph = CooperationMeasures.withYears(names(), links(), FROM, TO);
        assertThat(graph.years()).extracting(CooperationGraph.Year::year).containsExactly(2025, 2026);
        // 2025: A–B and A–C only; D, E and F are isolated, A is the hub
        assertThat(graph.years().get(0).links()).isEqualTo(2);
        assertThat(graph.years().get(0).isolated()).isEqualTo(3);
        assertThat(graph.years().get(0).hubName()).isEqualTo("Commune A");
        // 2026: A–B, A–D, D–E; C and F are isolated
        assertThat(graph.years().get(1).links()).isEqualTo(3);
        assertThat(graph.years().get(1).isolated()).isEqualTo(2);
    }
}
