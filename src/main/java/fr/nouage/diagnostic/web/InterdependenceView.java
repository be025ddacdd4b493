package fr.nouage.diagnostic.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import fr.nouage.diagnostic.FlowImport;
import fr.nouage.diagnostic.Interdependence;
import fr.nouage.diagnostic.Interdependence.CommuneFlows;

/**
 * What the interdependence page shows: the figures of the latest vintage (absent before any import),
 * the names of the communes, the main links drawn in the flow diagram, the imports done.
 *
 * @param matrix whether the matrix between communes is drawn (up to {@link #MATRIX_MAX} communes;
 *               beyond, the list of pairs says the same in less room)
 */
public record InterdependenceView(Interdependence figures, Map<String, String> names, List<Link> links,
        List<FlowImport> imports, boolean mayImport, boolean matrix) {

    /** Largest number of communes shown as a matrix. */
    public static final int MATRIX_MAX = 30;
    /** Links drawn in the flow diagram. */
    public static final int LINKS_MAX = 30;

    /** A link of the diagram: from a commune of residence to a place of work ({@code null}: outside). */
    public record Link(String from, String to, long flow) {
    }

    static InterdependenceView of(Interdependence figures, Map<String, String> names, List<FlowImport> imports,
            boolean mayImport) {
        List<Link> links = new ArrayList<>();
        if (figures != null) {
            figures.pairs().stream().filter(p -> !p.from().equals(p.to()) && p.flow() > 0)
                    .forEach(p -> links.add(new Link(p.from(), p.to(), p.flow())));
            figures.communes().stream().filter(c -> c.outside() > 0)
                    .forEach(c -> links.add(new Link(c.code(), null, c.outside())));
            links.sort(Comparator.comparingLong(Link::flow).reversed());
        }
        return new InterdependenceView(figures, names, List.copyOf(links.subList(0, Math.min(LINKS_MAX, links.size()))),
                imports, mayImport, figures != null && figures.communes().size() <= MATRIX_MAX);
    }

    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    /** Percentage of the territory's actives, rounded. */
    public int share(long part) {
        return figures == null || figures.actives() == 0 ? 0 : (int) Math.round(100.0 * part / figures.actives());
    }

    /** The rounded flow from one commune to another of the territory, 0 when none. */
    public long flow(String from, String to) {
        return figures.pairs().stream().filter(p -> p.from().equals(from) && p.to().equals(to))
                .mapToLong(Interdependence.PairFlow::flow).findFirst().orElse(0);
    }

    /** The communes of the territory that have actives, the largest first. */
    public List<CommuneFlows> communesByActives() {
        return figures.communes().stream().sorted(Comparator.comparingLong(CommuneFlows::actives).reversed()).toList();
    }
}
