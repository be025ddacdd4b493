package fr.nouage.deliberation.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationAnswer;
import fr.nouage.deliberation.ConsultationResult;
import fr.nouage.deliberation.Consultations;
import fr.nouage.deliberation.DeliberationException;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.territory.Collectivity;

/** A consultation between meetings: answering it, closing it, reading its result. */
@Controller
class ConsultationController {

    static final String PATH = "/territoires/{siren}/consultations/{id}";

    private final DeliberationPages pages;
    private final Consultations consultations;

    ConsultationController(DeliberationPages pages, Consultations consultations) {
        this.pages = pages;
        this.consultations = consultations;
    }

    @GetMapping(PATH)
    String show(@PathVariable String siren, @PathVariable long id, Model model) {
        return page(siren, id, null, null, model);
    }

    @PostMapping(PATH + "/reponse")
    String answer(@PathVariable String siren, @PathVariable long id, @RequestParam Map<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        pages.territory(siren);
        Consultation c = consultation(siren, id);
        Map<String, String> typed = new LinkedHashMap<>(form);
        typed.keySet().removeIf(k -> k.startsWith("_"));
        try {
            boolean replaced = consultations.answer(c.id(), form.get("collectivite"), AnswerForm.read(c, form),
                    pages.user());
            redirect.addFlashAttribute("notice", replaced ? "consultation.answer.replaced" : "consultation.answer.saved");
            return "redirect:/territoires/" + siren + "/consultations/" + id;
        } catch (DeliberationException e) {
            DeliberationPages.refused(response, e, false);
            return page(siren, id, typed, FormError.of("answer", e), model);
        }
    }

    @PostMapping(PATH + "/cloture")
    String close(@PathVariable String siren, @PathVariable long id, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.territory(siren);
        Consultation c = consultation(siren, id);
        try {
            consultations.closeNow(c.id(), pages.user());
        } catch (DeliberationException e) {
            DeliberationPages.refused(response, e, false);
            return page(siren, id, null, FormError.of("close", e), model);
        }
        redirect.addFlashAttribute("notice", "consultation.closed");
        return "redirect:/territoires/" + siren + "/consultations/" + id;
    }

    /** The page, in a constant number of queries whatever the number of answers. */
    private String page(String siren, long id, Map<String, String> typed, FormError error, Model model) {
        var territory = pages.territory(siren);
        Consultation c = consultation(siren, id);
        NouageUser user = pages.user();
        List<Collectivity> members = pages.members(siren);
        Map<String, String> names = new LinkedHashMap<>();
        members.forEach(m -> names.put(m.siren(), m.name()));
        List<ConsultationAnswer> answers = new ArrayList<>(consultations.answers(c.id()));
        answers.sort(java.util.Comparator.comparing(a -> names.getOrDefault(a.collectivitySiren(), a.collectivitySiren())));
        boolean open = c.open(consultations.now());
        boolean showResults = !open || Consultations.seesResultsEarly(user, siren);
        boolean mayClose = open && ((c.openedByAccount() != null && c.openedByAccount() == user.accountId())
                || MeetingAccess.mayFacilitate(user, siren));
        List<Collectivity> own = user.hasIn(Role.DIRECTOR, siren)
                ? members.stream().filter(m -> user.directsIn(siren, m.siren())).toList() : List.of();
        model.addAttribute("view", new ConsultationView(territory, c, answers,
                showResults ? ConsultationResult.of(c, answers) : null, own, open, showResults, mayClose,
                members.size(), names, typed, error));
        return "deliberation/consultation";
    }

    private Consultation consultation(String siren, long id) {
        return consultations.find(id).filter(c -> c.territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
