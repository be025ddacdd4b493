package fr.nouage.deliberation.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.DateRange;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.Parity;
import fr.nouage.deliberation.ParityReport;
import fr.nouage.platform.PageContext;
import fr.nouage.platform.SpreadsheetCsv;

/** Whether every collectivité's voice counts: the parity figures of a territory over a period. */
@Controller
class ParityController {

    private final DeliberationPages pages;
    private final Parity parity;
    private final Deliberations deliberations;
    private final MessageSource messages;

    ParityController(DeliberationPages pages, Parity parity, Deliberations deliberations, MessageSource messages) {
        this.pages = pages;
        this.parity = parity;
        this.deliberations = deliberations;
        this.messages = messages;
    }

    @GetMapping("/territoires/{siren}/parite")
    String show(@PathVariable String siren, @RequestParam(name = "du", defaultValue = "") String from,
            @RequestParam(name = "au", defaultValue = "") String to, Model model, HttpServletResponse response) {
        var territory = pages.territory(siren);
        LocalDate today = LocalDate.now(PARIS);
        LocalDate end = to.isBlank() ? today : Dates.date(to);
        LocalDate start = from.isBlank() ? (end == null ? today : end).minusYears(1).plusDays(1) : Dates.date(from);
        var reviews = deliberations.reviews(siren);
        if (start == null || end == null || start.isAfter(end) || !DateRange.contains(start)
                || !DateRange.contains(end)) {
            response.setStatus(400);
            model.addAttribute("view", new ParityView(territory, start, end, null, List.of(), List.of(), List.of(),
                    reviews, today, FormError.of("period", DateRange.contains(start) && DateRange.contains(end)
                            ? "parity.error.period" : DateRange.MESSAGE_KEY)));
            model.addAttribute("trends", null);
            return "deliberation/parity";
        }
        ParityReport report = parity.compute(siren, start, end);
        Map<String, String> names = pages.names(siren);
        model.addAttribute("view", new ParityView(territory, start, end, report, ParityView.classRows(report),
                ParityView.bars(report.collectivities(), ParityView.BAR_WIDTH),
                report.notHeardRecently().stream().map(s -> names.getOrDefault(s, s)).toList(), reviews, today, null));
        model.addAttribute("trends", parity.trends(siren, start, end));
        return "deliberation/parity";
    }

    /** The table of the collectivités of the page, over the same period, as a spreadsheet file. */
    @GetMapping("/territoires/{siren}/parite.csv")
    ResponseEntity<byte[]> csv(@PathVariable String siren, @RequestParam(name = "du", defaultValue = "") String from,
            @RequestParam(name = "au", defaultValue = "") String to) {
        pages.territory(siren);
        LocalDate today = LocalDate.now(PARIS);
        LocalDate end = to.isBlank() ? today : Dates.date(to);
        LocalDate start = from.isBlank() ? (end == null ? today : end).minusYears(1).plusDays(1) : Dates.date(from);
        if (start == null || end == null || start.isAfter(end) || !DateRange.contains(start)
                || !DateRange.contains(end)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        ParityReport report = parity.compute(siren, start, end);
        List<String> header = List.of(t("parity.collectivity"), t("csv.siren"), t("parity.class"),
                t("parity.attended"), t("parity.excused"), t("parity.proposed"), t("parity.positions"),
                t("parity.turns"), t("parity.contributions"), t("parity.hosted"), t("parity.facilitated"));
        List<List<Object>> rows = report.collectivities().stream().map(r -> List.<Object>of(r.name(), r.siren(),
                t(r.epci() ? "parity.class.EPCI" : "sizeClass." + r.sizeClass()), r.attended(), r.excused(),
                r.proposed(), r.positions(), r.speakingTurns(), r.contributions(), r.hosted(), r.facilitated()))
                .toList();
        return SpreadsheetCsv.download("parite-" + siren + "-" + start + "-" + end + ".csv",
                SpreadsheetCsv.write(header, rows));
    }

    private String t(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
