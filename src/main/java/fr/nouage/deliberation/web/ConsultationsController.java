package fr.nouage.deliberation.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import fr.nouage.account.NouageUser;
import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.Consultations;
import fr.nouage.deliberation.DeliberationException;
import fr.nouage.meeting.MeetingAccess;

/** The consultations of a territory: the list, and the form that opens one. */
@Controller
class ConsultationsController {

    static final String PATH = "/territoires/{siren}/consultations";
    /** Number of date fields offered by the form of a date poll. */
    static final int DATE_FIELDS = 6;

    private final DeliberationPages pages;
    private final Consultations consultations;

    ConsultationsController(DeliberationPages pages, Consultations consultations) {
        this.pages = pages;
        this.consultations = consultations;
    }

    @GetMapping(PATH)
    String list(@PathVariable String siren, Model model) {
        var territory = pages.territory(siren);
        NouageUser user = pages.user();
        String own = MeetingAccess.actingFor(user, siren);
        Map<Long, List<String>> respondents = consultations.respondents(siren);
        Instant now = consultations.now();
        List<ConsultationEntry> entries = consultations.ofTerritory(siren).stream().map(c -> {
            List<String> who = respondents.getOrDefault(c.id(), List.of());
            return new ConsultationEntry(c, who.size(), c.open(now), own == null ? null : who.contains(own));
        }).toList();
        model.addAttribute("territory", territory);
        model.addAttribute("entries", entries);
        model.addAttribute("mayOpen", MeetingAccess.mayOrganise(user, siren));
        model.addAttribute("members", pages.members(siren).size());
        return "deliberation/consultations";
    }

    @GetMapping(PATH + "/nouvelle")
    String form(@PathVariable String siren, Model model) {
        pages.territory(siren);
        mayOpen(siren);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("jeton", UUID.randomUUID().toString());
        typed.put("points", "100");
        return formPage(siren, typed, null, model);
    }

    @PostMapping(PATH + "/nouvelle")
    String open(@PathVariable String siren, @RequestParam Map<String, String> form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        pages.territory(siren);
        NouageUser user = mayOpen(siren);
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.keySet().removeIf(k -> k.startsWith("_"));
        ConsultationKind kind = Arrays.stream(ConsultationKind.values())
                .filter(k -> k.name().equals(form.get("nature"))).findFirst().orElse(null);
        List<Instant> dates = new ArrayList<>();
        for (int i = 1; i <= DATE_FIELDS; i++) {
            String value = form.getOrDefault("date-" + i, "");
            Instant date = Dates.parse(value);
            if (!value.isBlank() && date == null) {
                return refused(siren, typed, FormError.of("open", "consultation.error.dateFormat"), 400, model, response);
            }
            dates.add(date);
        }
        Integer points = null;
        try {
            String text = form.getOrDefault("points", "");
            points = text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            if (kind == ConsultationKind.POINTS) {
                return refused(siren, typed, FormError.of("open", "consultation.error.pointsTotal", 1000), 400, model,
                        response);
            }
        }
        List<String> options = form.getOrDefault("options", "").lines().toList();
        try {
            Consultation opened = consultations.open(siren, new Consultations.NewConsultation(kind, form.get("titre"),
                    form.get("texte"), Dates.parse(form.get("cloture")), options, dates, points, form.get("jeton")),
                    user);
            redirect.addFlashAttribute("notice", "consultation.opened");
            return "redirect:/territoires/" + siren + "/consultations/" + opened.id();
        } catch (DeliberationException e) {
            return refused(siren, typed, FormError.of("open", e), DeliberationPages.status(e), model, response);
        }
    }

    private String refused(String siren, Map<String, String> typed, FormError error, int status, Model model,
            HttpServletResponse response) {
        response.setStatus(status);
        return formPage(siren, typed, error, model);
    }

    private String formPage(String siren, Map<String, String> typed, FormError error, Model model) {
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("typed", typed);
        model.addAttribute("error", error);
        model.addAttribute("dateFields", DATE_FIELDS);
        return "deliberation/consultation-form";
    }

    private NouageUser mayOpen(String siren) {
        NouageUser user = pages.user();
        if (!MeetingAccess.mayOrganise(user, siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
