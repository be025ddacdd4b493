package fr.nouage.project.web;

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

import fr.nouage.meeting.MeetingAccess;
import fr.nouage.platform.RefusedOperation;
import fr.nouage.project.Projects;
import fr.nouage.project.Reviews;

/** The "revue de projets": chosen projects put on the agenda of a meeting of the collective. */
@Controller
class ReviewController {

    private final ProjectPages pages;
    private final Projects projects;
    private final Reviews reviews;

    ReviewController(ProjectPages pages, Projects projects, Reviews reviews) {
        this.pages = pages;
        this.projects = projects;
        this.reviews = reviews;
    }

    @GetMapping("/territoires/{siren}/projets/revue")
    String form(@PathVariable String siren, Model model) {
        return page(siren, null, model);
    }

    @PostMapping("/territoires/{siren}/projets/revue")
    String review(@PathVariable String siren, @RequestParam(defaultValue = "0") long meeting,
            @RequestParam(name = "projets", defaultValue = "") List<Long> projectIds, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        pages.territory(siren);
        try {
            reviews.review(siren, meeting, projectIds, pages.user());
            redirect.addFlashAttribute("notice", "review.added");
            return "redirect:/territoires/" + siren + "/reunions/" + meeting;
        } catch (RefusedOperation e) {
            if (e.reason() == RefusedOperation.Reason.FORBIDDEN) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            response.setStatus(e.status());
            return page(siren, pages.text(e), model);
        }
    }

    private String page(String siren, String error, Model model) {
        model.addAttribute("territory", pages.territory(siren));
        if (!MeetingAccess.mayOrganise(pages.user(), siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        model.addAttribute("projects", projects.ofTerritory(siren));
        model.addAttribute("meetings", reviews.openMeetings(siren));
        model.addAttribute("error", error);
        return "project/review";
    }
}
