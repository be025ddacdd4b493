package fr.nouage.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The cooperation graph of a territory over {@code [from, to)}: the collectivités, the links between
 * them weighted and typed by what they did together, and the figures of each year.
 */
public record CooperationGraph(LocalDate from, LocalDate to, List<Node> nodes, List<Edge> edges, List<Year> years) {

    /**
     * A collectivité of the graph.
     *
     * @param degree      how many collectivités it is linked to
     * @param strength    the sum of the weights of its links
     * @param betweenness its betweenness centrality, normalised to 0–1: the share of shortest paths
     *                    between two others that go through it
     * @param hub         one of the collectivités of highest betweenness (a strategic point)
     * @param isolated    linked to nobody over the period
     */
    public record Node(String siren, String name, int degree, double strength, double betweenness, boolean hub,
            boolean isolated) {
    }

    /** A link between two collectivités, with its weight and what made it. */
    public record Edge(String a, String b, double weight, Set<LinkKind> kinds) {
    }

    /** The figures of one calendar year of the period. */
    public record Year(int year, int links, double weight, int isolated, String hubName) {
    }

    public List<Node> hubs() {
        return nodes.stream().filter(Node::hub).toList();
    }

    public List<Node> isolated() {
        return nodes.stream().filter(Node::isolated).toList();
    }
}
