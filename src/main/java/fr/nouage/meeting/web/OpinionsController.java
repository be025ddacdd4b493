package fr.nouage.meeting.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import fr.nouage.account.CurrentUser;
import fr.nouage.meeting.Opinions;

/** The agenda of an élus' session with the collective's technical opinions, as élus read it. */
@Controller
class OpinionsController {

    private final Opinions opinions;

    OpinionsController(Opinions opinions) {
        this.opinions = opinions;
    }

    @GetMapping("/territoires/{siren}/seances/{id}/avis")
    String show(@PathVariable String siren, @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("opinions", opinions.forSession(siren, id, CurrentUser.require()));
        return htmx != null ? "meeting/session-opinions" : "meeting/session-opinions-page";
    }
}
