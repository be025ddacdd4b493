package fr.nouage.network.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;
import fr.nouage.network.CooperationGraph;
import fr.nouage.network.CooperationGraphs;
import fr.nouage.network.LinkKind;

/** The cooperation graph in JSON. */
@RestController
class GraphApiController {

    private final CooperationGraphs graphs;
    private final Clock clock;

    GraphApiController(CooperationGraphs graphs, Clock clock) {
        this.graphs = graphs;
        this.clock = clock;
    }

    record NodeJson(String siren, String name, int degree, double strength, double betweenness, boolean hub,
            boolean isolated) {
    }

    record EdgeJson(String a, String b, double weight, Set<LinkKind> kinds) {
    }

    record YearJson(int year, int links, double weight, int isolated, String hub) {
    }

    record GraphJson(LocalDate from, LocalDate to, List<NodeJson> nodes, List<EdgeJson> edges, List<YearJson> years) {
    }

    /** {@code from} and {@code to} default to the previous calendar year and this one; {@code to} is excluded. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/cooperation-graph")
    GraphJson graph(@PathVariable String siren, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        CooperationGraph g = graphs.of(siren, from == null ? LocalDate.of(today.getYear() - 1, 1, 1) : from,
                to == null ? LocalDate.of(today.getYear() + 1, 1, 1) : to);
        return new GraphJson(g.from(), g.to(), g.nodes().stream().map(n -> new NodeJson(n.siren(), n.name(), n.degree(),
                n.strength(), n.betweenness(), n.hub(), n.isolated())).toList(),
                g.edges().stream().map(e -> new EdgeJson(e.a(), e.b(), e.weight(), e.kinds())).toList(),
                g.years().stream().map(y -> new YearJson(y.year(), y.links(), y.weight(), y.isolated(), y.hubName()))
                        .toList());
    }
}
