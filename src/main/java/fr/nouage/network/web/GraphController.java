package fr.nouage.network.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.nouage.network.CooperationGraph;
import fr.nouage.network.CooperationGraphs;
import fr.nouage.network.NetworkException;

/** The cooperation graph page: the graph, its tables, its hubs and isolated members, its years. */
@Controller
class GraphController {

    private final NetworkPages pages;
    private final CooperationGraphs graphs;
    private final Clock clock;

    GraphController(NetworkPages pages, CooperationGraphs graphs, Clock clock) {
        this.pages = pages;
        this.graphs = graphs;
        this.clock = clock;
    }

    /** The period asked, by default the previous calendar year and this one. */
    record Period(LocalDate from, LocalDate to) {
        static Period of(String from, String to, Clock clock) {
            LocalDate today = LocalDate.now(clock.withZone(PARIS));
            LocalDate start = NetworkPages.date(from);
            LocalDate end = NetworkPages.date(to);
            return new Period(start == null ? LocalDate.of(today.getYear() - 1, 1, 1) : start,
                    end == null ? LocalDate.of(today.getYear() + 1, 1, 1) : end);
        }
    }

    @GetMapping("/territoires/{siren}/cooperation")
    String show(@PathVariable String siren, @RequestParam(name = "du", required = false) String from,
            @RequestParam(name = "au", required = false) String to, Model model) {
        model.addAttribute("territory", pages.territory(siren));
        CooperationGraph graph = null;
        String problem = null;
        Period period = null;
        try {
            period = Period.of(from, to, clock);
            graph = graphs.of(siren, period.from(), period.to());
        } catch (NetworkException e) {
            problem = pages.text(e);
            period = Period.of(null, null, clock);
        }
        model.addAttribute("from", period.from());
        model.addAttribute("to", period.to());
        model.addAttribute("graph", graph);
        model.addAttribute("problem", problem);
        return "network/graph";
    }
}
