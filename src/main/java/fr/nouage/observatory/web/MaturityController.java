package fr.nouage.observatory.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.observatory.Barometers;
import fr.nouage.observatory.Measure;
import fr.nouage.observatory.Mirror;
import fr.nouage.observatory.Observatory;
import fr.nouage.observatory.ObservatoryException;
import fr.nouage.observatory.ThresholdStatus;
import fr.nouage.observatory.Vigilance;
import fr.nouage.observatory.Watch;
import fr.nouage.territory.Territory;

/** The path of a territory (its maturity), its history, mirror and alerts; and how it is measured. */
@Controller
class MaturityController {

    private final ObservatoryPages pages;
    private final Observatory observatory;
    private final Vigilance vigilance;
    private final Barometers barometers;
    private final FactText facts;

    MaturityController(ObservatoryPages pages, Observatory observatory, Vigilance vigilance, Barometers barometers,
            FactText facts) {
        this.facts = facts;
        this.pages = pages;
        this.observatory = observatory;
        this.vigilance = vigilance;
        this.barometers = barometers;
    }

    @GetMapping("/territoires/{siren}/maturite")
    String maturity(@PathVariable String siren, @RequestParam(defaultValue = "") String au, Model model,
            HttpServletResponse response) {
        Territory territory = pages.territory(siren);
        LocalDate asked = ObservatoryPages.day(au);
        String error = null;
        LocalDate day;
        try {
            day = observatory.checkedDay(siren, asked);
        } catch (ObservatoryException e) {
            error = pages.text(e);
            response.setStatus(e.status());
            day = observatory.today();
        }
        List<ThresholdStatus> thresholds = observatory.maturity(siren, day);
        boolean today = day.equals(observatory.today());
        List<Watch> alerts = today ? vigilance.alerts(siren) : List.of();
        NouageUser user = CurrentUser.require();
        boolean mayOrganise = user.hasIn(Role.DIRECTOR, siren) || Barometers.mayOpen(user, siren);
        model.addAttribute("view", new MaturityView(territory, day, today, observatory.start(territory), thresholds,
                observatory.history(siren, day), Mirror.of(thresholds, barometers.lastResults(siren)), alerts,
                observatory.measured(), mayOrganise));
        model.addAttribute("error", error);
        model.addAttribute("facts", facts);
        return "observatory/maturity";
    }

    @GetMapping("/territoires/{siren}/maturite/mesure")
    String measured(@PathVariable String siren, Model model) {
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("measures", Measure.values());
        model.addAttribute("measured", observatory.measured());
        model.addAttribute("minimum", barometers.minimum());
        return "observatory/measure";
    }
}
