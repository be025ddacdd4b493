package fr.nouage.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The measures of a cooperation graph, computed with JGraphT: degree, strength (weighted degree),
 * betweenness centrality (on the links, whatever their weight: a strong link is no longer path),
 * normalised by the number of pairs of other nodes, the hubs and the isolated nodes.
 */
public final class CooperationMeasures {

    /** Share of the nodes (rounded up, at least one) named hubs, among those some path goes through. */
    static final double HUB_SHARE = 0.1;

    private CooperationMeasures() {
    }

    /**
     * Something two collectivités did together over {@code [start, end]} (either open when {@code null}).
     */
    public record Link(String a, String b, LinkKind kind, double weight, LocalDate start, LocalDate end) {

        boolean during(LocalDate from, LocalDate toExclusive) {
            return (start == null || start.isBefore(toExclusive)) && (end == null || !end.isBefore(from));
        }
    }

    /**
     * The graph of the links that fall in {@code [from, toExclusive)}.
     *
     * @param names the collectivités (every node, linked or not) and their names, in display order
     */
    public static CooperationGraph measure(Map<String, String> names, List<Link> links, LocalDate from,
            LocalDate toExclusive) {
        List<CooperationGraph.Edge> edges = edges(names, links, from, toExclusive);
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        names.keySet().forEach(graph::addVertex);
        Map<String, Double> strength = new HashMap<>();
        for (CooperationGraph.Edge e : edges) {
            graph.addEdge(e.a(), e.b());
            strength.merge(e.a(), e.weight(), Double::sum);
            strength.merge(e.b(), e.weight(), Double::sum);
        }
        Map<String, Double> raw = new BetweennessCentrality<>(graph, false).getScores();
        int n = names.size();
        double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
        List<String> central = names.keySet().stream().filter(s -> raw.get(s) > 0)
                .sorted(Comparator.comparingDouble((String s) -> -raw.get(s))).toList();
        int hubCount = Math.min(central.size(), Math.max(1, (int) Math.ceil(n * HUB_SHARE)));
        double hubThreshold = hubCount == 0 ? Double.MAX_VALUE : raw.get(central.get(hubCount - 1));
        List<CooperationGraph.Node> nodes = new ArrayList<>();
        names.forEach((siren, name) -> {
            int degree = graph.degreeOf(siren);
            double b = raw.get(siren);
            nodes.add(new CooperationGraph.Node(siren, name, degree, strength.getOrDefault(siren, 0.0), b / pairs,
                    b > 0 && b >= hubThreshold, degree == 0));
        });
        return new CooperationGraph(from, toExclusive, nodes, edges, List.of());
    }

    /** The links of the period gathered by pair: weights added, kinds joined. */
    static List<CooperationGraph.Edge> edges(Map<String, String> names, List<Link> links, LocalDate from,
            LocalDate toExclusive) {
        Map<String, double[]> weights = new LinkedHashMap<>();
        Map<String, Set<LinkKind>> kinds = new HashMap<>();
        for (Link l : links) {
            if (l.a().equals(l.b()) || !names.containsKey(l.a()) || !names.containsKey(l.b())
                    || !l.during(from, toExclusive)) {
                continue;
            }
            String key = l.a().compareTo(l.b()) < 0 ? l.a() + ":" + l.b() : l.b() + ":" + l.a();
            weights.computeIfAbsent(key, k -> new double[1])[0] += l.weight();
            kinds.computeIfAbsent(key, k -> EnumSet.noneOf(LinkKind.class)).add(l.kind());
        }
        List<CooperationGraph.Edge> edges = new ArrayList<>();
        weights.forEach((key, w) -> {
            String[] pair = key.split(":");
            edges.add(new CooperationGraph.Edge(pair[0], pair[1], w[0], kinds.get(key)));
        });
        return edges;
    }

    /** The graph of the whole period with the figures of each calendar year in it. */
    public static CooperationGraph withYears(Map<String, String> names, List<Link> links, LocalDate from,
            LocalDate toExclusive) {
        CooperationGraph whole = measure(names, links, from, toExclusive);
        List<CooperationGraph.Year> years = new ArrayList<>();
        for (int y = from.getYear(); y <= toExclusive.minusDays(1).getYear(); y++) {
            LocalDate start = LocalDate.of(y, 1, 1).isBefore(from) ? from : LocalDate.of(y, 1, 1);
            LocalDate end = LocalDate.of(y + 1, 1, 1).isAfter(toExclusive) ? toExclusive : LocalDate.of(y + 1, 1, 1);
            CooperationGraph year = measure(names, links, start, end);
            years.add(new CooperationGraph.Year(y, year.edges().size(),
                    year.edges().stream().mapToDouble(CooperationGraph.Edge::weight).sum(), year.isolated().size(),
                    year.nodes().stream().filter(CooperationGraph.Node::hub)
                            .max(Comparator.comparingDouble(CooperationGraph.Node::betweenness))
                            .map(CooperationGraph.Node::name).orElse(null)));
        }
        return new CooperationGraph(from, toExclusive, whole.nodes(), whole.edges(), years);
    }
}
