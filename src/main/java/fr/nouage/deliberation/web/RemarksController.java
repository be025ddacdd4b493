package fr.nouage.deliberation.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.deliberation.AnonymousRemarks;
import fr.nouage.deliberation.DeliberationException;
import fr.nouage.deliberation.RemarkCategory;
import fr.nouage.meeting.Meeting;

/**
 * The box of anonymous remarks before a meeting. Neither the text nor the author is logged or kept
 * in the session: a refused remark is shown again only in the answer to its own request.
 */
@Controller
class RemarksController {

    private final DeliberationPages pages;
    private final AnonymousRemarks remarks;

    RemarksController(DeliberationPages pages, AnonymousRemarks remarks) {
        this.pages = pages;
        this.remarks = remarks;
    }

    @GetMapping("/territoires/{siren}/reunions/{id}/remarques")
    String show(@PathVariable String siren, @PathVariable long id, Model model) {
        return page(siren, id, "", "", null, model);
    }

    @PostMapping("/territoires/{siren}/reunions/{id}/remarques")
    String drop(@PathVariable String siren, @PathVariable long id,
            @RequestParam(name = "sujet", defaultValue = "") String category,
            @RequestParam(name = "texte", defaultValue = "") String text, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.territory(siren);
        Meeting meeting = pages.meeting(siren, id);
        RemarkCategory chosen = Arrays.stream(RemarkCategory.values()).filter(c -> c.name().equals(category))
                .findFirst().orElse(null);
        try {
            remarks.drop(meeting.id(), chosen, text, pages.user());
        } catch (DeliberationException e) {
            DeliberationPages.refused(response, e, false);
            return page(siren, id, category, text, FormError.of("remark", e), model);
        }
        redirect.addFlashAttribute("notice", "remarks.dropped");
        return "redirect:/territoires/" + siren + "/reunions/" + id + "/remarques";
    }

    private String page(String siren, long id, String category, String text, FormError error, Model model) {
        var territory = pages.territory(siren);
        Meeting meeting = pages.meeting(siren, id);
        NouageUser user = pages.user();
        model.addAttribute("territory", territory);
        model.addAttribute("meeting", meeting);
        model.addAttribute("box", remarks.box(meeting.id(), user));
        model.addAttribute("mayDrop", user.hasIn(Role.DIRECTOR, siren));
        model.addAttribute("open", remarks.acceptsAt(meeting));
        model.addAttribute("category", category);
        model.addAttribute("text", text);
        model.addAttribute("error", error);
        return "deliberation/remarks";
    }
}
