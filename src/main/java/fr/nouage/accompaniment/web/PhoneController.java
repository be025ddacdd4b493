package fr.nouage.accompaniment.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.accompaniment.AccompanimentException;
import fr.nouage.accompaniment.Seminar;
import fr.nouage.accompaniment.SeminarAccess;
import fr.nouage.accompaniment.Seminars;
import fr.nouage.accompaniment.VerbatimCategory;
import fr.nouage.accompaniment.VerbatimWall;
import fr.nouage.accompaniment.VerbatimWall.Participant;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;

/**
 * The page participants open on their phone to post on a seminar's wall and vote: signed in (a
 * participant of an invited territory) or with the seminar's code and a pseudonym, kept in the web
 * session once the code was typed right.
 */
@Controller
class PhoneController {

    private static final String CODE = "accompaniment.code.";
    private static final String PSEUDONYM = "accompaniment.pseudonym.";

    private final Seminars seminars;
    private final VerbatimWall wall;
    private final SeminarPages pages;

    PhoneController(Seminars seminars, VerbatimWall wall, SeminarPages pages) {
        this.seminars = seminars;
        this.wall = wall;
        this.pages = pages;
    }

    @GetMapping("/mur")
    String codeForm(Model model) {
        return codeForm("", "", null, model);
    }

    private String codeForm(String code, String pseudonym, String error, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("pseudonym", pseudonym);
        model.addAttribute("error", error);
        return "accompaniment/phone-code";
    }

    @PostMapping("/mur")
    String enter(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String pseudonym,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            Participant participant = Participant.pseudonym(pseudonym);
            Seminar seminar = seminars.byCode(code, request.getRemoteAddr());
            HttpSession session = request.getSession(true);
            session.setAttribute(CODE + seminar.id(), seminar.code());
            session.setAttribute(PSEUDONYM + seminar.id(), participant.name());
            return "redirect:/mur/" + seminar.id();
        } catch (AccompanimentException e) {
            response.setStatus(e.reason() == Reason.CONFLICT ? 429 : 400);
            return codeForm(code, pseudonym, pages.text(e), model);
        }
    }

    /** Who is on the phone page of that seminar, {@code null} when nobody may post there. */
    private Poster poster(long id, HttpServletRequest request) {
        NouageUser user = CurrentUser.get().orElse(null);
        if (user != null) {
            Seminar seminar = seminars.find(id).orElse(null);
            if (seminar != null && SeminarAccess.mayTakePart(user, seminar)) {
                return new Poster(seminar, user, null, null);
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CODE + id) instanceof String code
                && session.getAttribute(PSEUDONYM + id) instanceof String pseudonym) {
            Seminar seminar = seminars.find(id).filter(s -> s.code().equals(code)).orElse(null);
            return seminar == null ? null : new Poster(seminar, null, code, Participant.pseudonym(pseudonym));
        }
        return null;
    }

    /** A signed-in participant ({@code user}) or a code bearer ({@code code} and {@code participant}). */
    private record Poster(Seminar seminar, NouageUser user, String code, Participant participant) {
    }

    @GetMapping("/mur/{id}")
    String phone(@PathVariable long id, HttpServletRequest request, Model model) {
        Poster poster = poster(id, request);
        if (poster == null) {
            return "redirect:/mur";
        }
        return phone(poster, "", "", null, model);
    }

    private String phone(Poster poster, String category, String text, String error, Model model) {
        model.addAttribute("view", SeminarView.of(poster.seminar(), java.util.List.of(), java.util.Map.of(), false,
                false));
        model.addAttribute("wall", wall.wall(poster.seminar()));
        model.addAttribute("author", poster.user() != null ? poster.user().displayName() : poster.participant().name());
        model.addAttribute("category", category);
        model.addAttribute("text", text);
        model.addAttribute("error", error);
        return "accompaniment/phone";
    }

    @PostMapping("/mur/{id}")
    String post(@PathVariable long id, @RequestParam(defaultValue = "") String category,
            @RequestParam(defaultValue = "") String text, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        Poster poster = poster(id, request);
        if (poster == null) {
            return "redirect:/mur";
        }
        VerbatimCategory chosen = VerbatimCategory.parse(category);
        try {
            if (poster.user() != null) {
                wall.post(id, chosen, text, poster.user());
            } else {
                wall.postWithCode(id, poster.code(), chosen, text, poster.participant());
            }
        } catch (AccompanimentException e) {
            response.setStatus(e.status());
            return phone(poster, category, text.length() > 2000 ? text.substring(0, 2000) : text, pages.text(e), model);
        }
        redirect.addFlashAttribute("notice", "accompaniment.verbatim.posted");
        return "redirect:/mur/" + id;
    }

    @PostMapping("/mur/{id}/votes/{verbatimId}")
    String vote(@PathVariable long id, @PathVariable long verbatimId, HttpServletRequest request,
            RedirectAttributes redirect) {
        Poster poster = poster(id, request);
        if (poster == null) {
            return "redirect:/mur";
        }
        if (poster.user() != null) {
            wall.vote(id, verbatimId, poster.user());
        } else {
            wall.voteWithCode(id, poster.code(), verbatimId, poster.participant());
        }
        redirect.addFlashAttribute("notice", "accompaniment.verbatim.voted");
        return "redirect:/mur/" + id + "#v" + verbatimId;
    }
}
