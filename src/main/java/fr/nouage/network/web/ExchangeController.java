package fr.nouage.network.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.network.ExchangeKind;
import fr.nouage.network.Exchanges;
import fr.nouage.network.NetworkAccess;

/** The exchanges between collectivités of a territory: the list of the last years and the form. */
@Controller
class ExchangeController {

    private final NetworkPages pages;
    private final Exchanges exchanges;
    private final Clock clock;

    ExchangeController(NetworkPages pages, Exchanges exchanges, Clock clock) {
        this.pages = pages;
        this.exchanges = exchanges;
        this.clock = clock;
    }

    @GetMapping("/territoires/{siren}/echanges")
    String list(@PathVariable String siren, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("exchanges", exchanges.between(siren, today.minusYears(5), today.plusYears(1)));
        model.addAttribute("names", pages.names(siren));
        model.addAttribute("collectivities", pages.members(siren));
        model.addAttribute("mayRecord", NetworkAccess.mayCreate(pages.user(), siren));
        return "network/exchanges";
    }

    @PostMapping("/territoires/{siren}/echanges")
    String record(@PathVariable String siren, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String first, @RequestParam(defaultValue = "") String second,
            @RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String firstLearnt,
            @RequestParam(defaultValue = "") String secondLearnt, RedirectAttributes redirect) {
        return pages.act("/territoires/" + siren + "/echanges", redirect, "network.exchange.recorded",
                () -> exchanges.record(siren, new Exchanges.NewExchange(NetworkPages.parse(ExchangeKind.class, kind),
                        first, second, NetworkPages.date(on), firstLearnt, secondLearnt), pages.user()));
    }
}
