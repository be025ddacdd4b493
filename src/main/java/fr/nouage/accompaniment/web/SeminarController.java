package fr.nouage.accompaniment.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

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

import fr.nouage.accompaniment.AccompanimentException;
import fr.nouage.accompaniment.Commitments;
import fr.nouage.accompaniment.Delegations;
import fr.nouage.accompaniment.Seminar;
import fr.nouage.accompaniment.SeminarAccess;
import fr.nouage.accompaniment.Seminars;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;

/** The seminars a user is invited to, the coordinator's form to build one, and a seminar's page. */
@Controller
class SeminarController {

    private final Seminars seminars;
    private final Delegations delegations;
    private final Commitments commitments;
    private final SeminarPages pages;
    private final Clock clock;

    SeminarController(Seminars seminars, Delegations delegations, Commitments commitments, SeminarPages pages,
            Clock clock) {
        this.seminars = seminars;
        this.delegations = delegations;
        this.commitments = commitments;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping("/seminaires")
    String list(Model model) {
        NouageUser user = CurrentUser.require();
        var names = pages.territoryNames();
        model.addAttribute("seminars", seminars.visibleTo(user).stream()
                .map(s -> SeminarView.of(s, List.of(), names, false, false)).toList());
        model.addAttribute("mayBuild", SeminarAccess.mayBuild(user));
        return "accompaniment/seminars";
    }

    @GetMapping("/seminaires/nouveau")
    String form(Model model) {
        return form(new SeminarForm("", "", "", List.of(), ""), null, model);
    }

    @PostMapping("/seminaires/nouveau")
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String heldOn,
            @RequestParam(defaultValue = "") String place, @RequestParam(defaultValue = "") List<String> territories,
            @RequestParam(defaultValue = "") String closeOn, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        List<String> chosen = territories.stream().filter(s -> !s.isBlank()).toList();
        try {
            Seminar seminar = seminars.create(new Seminars.NewSeminar(title, SeminarPages.date(heldOn), place, chosen,
                    SeminarPages.date(closeOn)),
                    CurrentUser.require());
            redirect.addFlashAttribute("notice", "accompaniment.seminar.created");
            return "redirect:/seminaires/" + seminar.id();
        } catch (AccompanimentException e) {
            if (e.status() != 400) {
                throw e;
            }
            response.setStatus(400);
            return form(new SeminarForm(title, heldOn, place, chosen, closeOn), pages.text(e), model);
        }
    }

    private String form(SeminarForm form, String error, Model model) {
        if (!SeminarAccess.mayBuild(CurrentUser.require())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("territories", pages.territoryNames());
        return "accompaniment/seminar-form";
    }

    @GetMapping("/seminaires/{id}")
    String seminar(@PathVariable long id, Model model) {
        return seminar(id, null, model);
    }

    private String seminar(long id, String error, Model model) {
        NouageUser user = CurrentUser.require();
        Seminar seminar = seminars.forParticipant(id, user);
        var names = pages.territoryNames();
        model.addAttribute("view", SeminarView.of(seminar, seminars.programme(id), names,
                SeminarAccess.mayBuild(user), SeminarAccess.mayModerate(user, seminar)));
        var registered = delegations.participants(id);
        model.addAttribute("delegations", seminar.territories().stream().map(siren -> new DelegationLine(siren,
                names.getOrDefault(siren, siren), registered.getOrDefault(siren, List.of()).size(),
                Delegations.mayRegister(user, siren))).sorted(java.util.Comparator.comparing(DelegationLine::name)).toList());
        var collectivities = pages.collectivityNames(seminar.territories().toArray(String[]::new));
        model.addAttribute("commitments", CommitmentLine.of(commitments.ofSeminar(id), names, collectivities));
        model.addAttribute("earlier", CommitmentLine.of(commitments.earlier(seminar), names, collectivities));
        model.addAttribute("registrationsOpen", seminar.registrationsOpen(LocalDate.now(clock.withZone(PARIS))));
        model.addAttribute("error", error);
        return "accompaniment/seminar";
    }

    @PostMapping("/seminaires/{id}/programme")
    String addSequence(@PathVariable long id, @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(defaultValue = "") String endsAt, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String speakers, @RequestParam(defaultValue = "") String resources,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            seminars.addSequence(id, new Seminars.NewSequence(SeminarPages.time(startsAt), SeminarPages.time(endsAt),
                    title, speakers, resources), CurrentUser.require());
        } catch (AccompanimentException e) {
            if (e.status() != 400) {
                throw e;
            }
            response.setStatus(400);
            return seminar(id, pages.text(e), model);
        }
        redirect.addFlashAttribute("notice", "accompaniment.sequence.added");
        return "redirect:/seminaires/" + id + "#programme";
    }
}
