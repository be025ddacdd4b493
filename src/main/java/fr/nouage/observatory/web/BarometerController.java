package fr.nouage.observatory.web;

import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.observatory.BarometerAnswer;
import fr.nouage.observatory.Barometers;
import fr.nouage.observatory.ObservatoryException;
import fr.nouage.observatory.Relation;
import fr.nouage.observatory.Threshold;

/** The barometer of a territory: the form of the open wave, the results from five respondents, the waves. */
@Controller
class BarometerController {

    private final ObservatoryPages pages;
    private final Barometers barometers;

    BarometerController(ObservatoryPages pages, Barometers barometers) {
        this.pages = pages;
        this.barometers = barometers;
    }

    @GetMapping("/territoires/{siren}/barometre")
    String barometer(@PathVariable String siren, Model model) {
        return page(siren, null, model);
    }

    private String page(String siren, String error, Model model) {
        NouageUser user = CurrentUser.require();
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("wave", barometers.openWave(siren));
        model.addAttribute("results", barometers.current(siren).orElse(null));
        model.addAttribute("mayAnswer", Barometers.answeringFor(user, siren).isPresent());
        model.addAttribute("answered", barometers.answered(siren, user));
        model.addAttribute("mayOpen", Barometers.mayOpen(user, siren));
        model.addAttribute("error", error);
        return "observatory/barometer";
    }

    @PostMapping("/territoires/{siren}/barometre")
    String answer(@PathVariable String siren, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        pages.territory(siren);
        Map<Threshold, Integer> scores = new EnumMap<>(Threshold.class);
        for (Threshold t : Threshold.values()) {
            Integer v = number(form.get(t.name()));
            if (v != null) {
                scores.put(t, v);
            }
        }
        Relation relation = java.util.Arrays.stream(Relation.values()).filter(r -> r.name().equals(form.get("relation")))
                .findFirst().orElse(null);
        try {
            barometers.answer(siren, CurrentUser.require(), new BarometerAnswer(scores, relation, number(form.get("trust")),
                    number(form.get("fear"))));
        } catch (ObservatoryException e) {
            response.setStatus(e.status());
            return page(siren, pages.text(e), model);
        }
        redirect.addFlashAttribute("notice", "observatory.barometer.recorded");
        return "redirect:/territoires/" + siren + "/barometre";
    }

    @PostMapping("/territoires/{siren}/barometre/vagues")
    String open(@PathVariable String siren, RedirectAttributes redirect) {
        pages.territory(siren);
        try {
            barometers.open(siren, CurrentUser.require());
        } catch (ObservatoryException e) {
            throw new ResponseStatusException(HttpStatus.valueOf(e.status()));
        }
        redirect.addFlashAttribute("notice", "observatory.barometer.opened");
        return "redirect:/territoires/" + siren + "/barometre";
    }

    @PostMapping("/territoires/{siren}/barometre/vagues/{id}/cloture")
    String close(@PathVariable String siren, @PathVariable long id, RedirectAttributes redirect) {
        pages.territory(siren);
        try {
            barometers.close(siren, id, CurrentUser.require());
        } catch (ObservatoryException e) {
            throw new ResponseStatusException(HttpStatus.valueOf(e.status()));
        }
        redirect.addFlashAttribute("notice", "observatory.barometer.closed");
        return "redirect:/territoires/" + siren + "/barometre";
    }

    private static Integer number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
