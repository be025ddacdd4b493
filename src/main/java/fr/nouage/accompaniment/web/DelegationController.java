package fr.nouage.accompaniment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.accompaniment.AccompanimentException;
import fr.nouage.accompaniment.Delegate;
import fr.nouage.accompaniment.Delegations;
import fr.nouage.accompaniment.Seminar;
import fr.nouage.accompaniment.Seminars;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** A territory's delegation to a seminar (one person per collectivité) and the list of participants. */
@Controller
class DelegationController {

    private final Seminars seminars;
    private final Delegations delegations;
    private final Territories territories;
    private final SeminarPages pages;

    DelegationController(Seminars seminars, Delegations delegations, Territories territories, SeminarPages pages) {
        this.seminars = seminars;
        this.delegations = delegations;
        this.territories = territories;
        this.pages = pages;
    }

    @GetMapping("/seminaires/{id}/delegations/{siren}")
    String form(@PathVariable long id, @PathVariable String siren, Model model) {
        Seminar seminar = registering(id, siren);
        Map<String, Delegate> registered = new LinkedHashMap<>();
        delegations.delegation(id, siren).forEach(d -> registered.putIfAbsent(d.collectivitySiren(), d));
        List<DelegateRow> rows = members(siren).stream().map(c -> new DelegateRow(c, registered.containsKey(c.siren())
                ? registered.get(c.siren()).name() : "", registered.containsKey(c.siren())
                        && registered.get(c.siren()).job() != null ? registered.get(c.siren()).job() : "")).toList();
        return form(seminar, siren, rows, null, model);
    }

    private String form(Seminar seminar, String siren, List<DelegateRow> rows, String error, Model model) {
        model.addAttribute("view", SeminarView.of(seminar, List.of(), pages.territoryNames(), false, false));
        model.addAttribute("territoryName", pages.territoryNames().getOrDefault(siren, siren));
        model.addAttribute("siren", siren);
        model.addAttribute("rows", rows);
        model.addAttribute("error", error);
        return "accompaniment/delegation";
    }

    @PostMapping("/seminaires/{id}/delegations/{siren}")
    String register(@PathVariable long id, @PathVariable String siren, @RequestParam MultiValueMap<String, String> form,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Seminar seminar = registering(id, siren);
        List<DelegateRow> rows = new ArrayList<>();
        List<Delegations.NewDelegate> people = new ArrayList<>();
        for (Collectivity c : members(siren)) {
            String name = form.getFirst("name_" + c.siren());
            String job = form.getFirst("job_" + c.siren());
            rows.add(new DelegateRow(c, name == null ? "" : name, job == null ? "" : job));
            if (name != null && !name.isBlank()) {
                people.add(new Delegations.NewDelegate(c.siren(), name, job));
            }
        }
        try {
            delegations.register(id, siren, people, CurrentUser.require());
        } catch (AccompanimentException e) {
            if (e.reason() != Reason.INVALID && e.reason() != Reason.CONFLICT) {
                throw e;
            }
            response.setStatus(e.status());
            return form(seminar, siren, rows, pages.text(e), model);
        }
        redirect.addFlashAttribute("notice", "accompaniment.delegation.registered");
        return "redirect:/seminaires/" + id + "#delegations";
    }

    /** The seminar, once checked that the user speaks for that territory and that it is invited. */
    private Seminar registering(long id, String siren) {
        return delegations.speakingFor(id, siren, CurrentUser.require());
    }

    private List<Collectivity> members(String siren) {
        return territories.collectivities(siren).stream().filter(Collectivity::active).toList();
    }

    @GetMapping("/seminaires/{id}/participants")
    String participants(@PathVariable long id, Model model) {
        Seminar seminar = seminars.forParticipant(id, CurrentUser.require());
        Map<String, String> names = pages.territoryNames();
        List<ParticipantLine> list = new ArrayList<>();
        delegations.participants(id).forEach((siren, people) -> {
            Map<String, String> collectivities = new LinkedHashMap<>();
            territories.collectivities(siren).forEach(c -> collectivities.put(c.siren(), c.name()));
            people.forEach(d -> list.add(new ParticipantLine(names.getOrDefault(siren, siren),
                    collectivities.getOrDefault(d.collectivitySiren(), d.collectivitySiren()), d.name(),
                    d.job() == null ? "" : d.job())));
        });
        model.addAttribute("view", SeminarView.of(seminar, List.of(), names, false, false));
        model.addAttribute("participants", list);
        return "accompaniment/participants";
    }
}
