package fr.nouage.deliberation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.Parity;
import fr.nouage.deliberation.ParityReport;
import fr.nouage.platform.PageContext;

/** Whether every collectivité's voice counts: the parity figures of a territory over a period. */
@Controller
class ParityController {

    private final DeliberationPages pages;
    private final Parity parity;
    private final Deliberations deliberations;

    ParityController(DeliberationPages pages, Parity parity, Deliberations deliberations) {
        this.pages = pages;
        this.parity = parity;
        this.deliberations = deliberations;
    }

    @GetMapping("/territoires/{siren}/parite")
    String show(@PathVariable String siren, @RequestParam(name = "du", defaultValue = "") String from,
            @RequestParam(name = "au", defaultValue = "") String to, Model model, HttpServletResponse response) {
        var territory = pages.territory(siren);
        LocalDate today = LocalDate.now(PageContext.PARIS);
        LocalDate end = to.isBlank() ? today : Dates.date(to);
        LocalDate start = from.isBlank() ? (end == null ? today : end).minusYears(1).plusDays(1) : Dates.date(from);
        var reviews = deliberations.reviews(siren);
        if (start == null || end == null || start.isAfter(end)) {
            response.setStatus(400);
            model.addAttribute("view", new ParityView(territory, start, end, null, List.of(), List.of(), List.of(),
                    reviews, today, FormError.of("period", "parity.error.period")));
            return "deliberation/parity";
        }
        ParityReport report = parity.compute(siren, start, end);
        Map<String, String> names = pages.names(siren);
        model.addAttribute("view", new ParityView(territory, start, end, report, ParityView.classRows(report),
                ParityView.bars(report.collectivities(), ParityView.BAR_WIDTH),
                report.notHeardRecently().stream().map(s -> names.getOrDefault(s, s)).toList(), reviews, today, null));
        return "deliberation/parity";
    }
}
