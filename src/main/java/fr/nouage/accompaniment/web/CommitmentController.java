package fr.nouage.accompaniment.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.accompaniment.AccompanimentException;
import fr.nouage.accompaniment.Commitments;
import fr.nouage.accompaniment.Delegations;
import fr.nouage.accompaniment.Seminar;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** "Et demain sur mon territoire ?": a delegation writes its commitments, which become actions of its collective. */
@Controller
class CommitmentController {

    private final Commitments commitments;
    private final Delegations delegations;
    private final Territories territories;
    private final SeminarPages pages;

    CommitmentController(Commitments commitments, Delegations delegations, Territories territories,
            SeminarPages pages) {
        this.delegations = delegations;
        this.commitments = commitments;
        this.territories = territories;
        this.pages = pages;
    }

    @GetMapping("/seminaires/{id}/engagements/{siren}")
    String form(@PathVariable long id, @PathVariable String siren, Model model) {
        return form(writing(id, siren), siren, "", "", "", null, model);
    }

    private String form(Seminar seminar, String siren, String what, String dueOn, String owner, String error,
            Model model) {
        model.addAttribute("view", SeminarView.of(seminar, List.of(), pages.territoryNames(), false, false));
        model.addAttribute("territoryName", pages.territoryNames().getOrDefault(siren, siren));
        model.addAttribute("siren", siren);
        model.addAttribute("collectivities", territories.collectivities(siren).stream().filter(Collectivity::active)
                .toList());
        model.addAttribute("written", CommitmentLine.of(commitments.ofSeminar(seminar.id()).stream()
                .filter(c -> c.territorySiren().equals(siren)).toList(), pages.territoryNames(),
                pages.collectivityNames(siren)));
        model.addAttribute("what", what);
        model.addAttribute("dueOn", dueOn);
        model.addAttribute("owner", owner);
        model.addAttribute("error", error);
        return "accompaniment/commitments";
    }

    @PostMapping("/seminaires/{id}/engagements/{siren}")
    String write(@PathVariable long id, @PathVariable String siren, @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String dueOn, @RequestParam(defaultValue = "") String owner, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Seminar seminar = writing(id, siren);
        try {
            commitments.write(id, siren, new Commitments.NewCommitment(what, SeminarPages.date(dueOn), owner),
                    CurrentUser.require());
        } catch (RefusedOperation e) {
            if (e.reason() != Reason.INVALID && e.reason() != Reason.CONFLICT) {
                throw e;
            }
            response.setStatus(e.status());
            return form(seminar, siren, what, dueOn, owner, pages.text(e), model);
        }
        redirect.addFlashAttribute("notice", "accompaniment.commitments.written");
        return "redirect:/seminaires/" + id + "/engagements/" + siren;
    }

    /** The seminar, once checked that the user speaks for that territory and that it is invited. */
    private Seminar writing(long id, String siren) {
        return delegations.speakingFor(id, siren, CurrentUser.require());
    }
}
