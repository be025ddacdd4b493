package fr.nouage.deliberation.web;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.NouageUser;
import fr.nouage.deliberation.DeliberationException;
import fr.nouage.deliberation.SpeakingIntent;
import fr.nouage.deliberation.SpeakingTurns;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Meeting;

/**
 * The list of speakers of an item. With HTMX ({@code HX-Request}) each request answers the list
 * alone (refusals included, as HTMX swaps only successful answers); without it, a GET shows the list
 * as a page and a form leads back to the deliberation page.
 */
@Controller
class SpeakersController {

    static final String PATH = DeliberationPageController.PATH + "/orateurs";

    private final DeliberationPages pages;
    private final SpeakingTurns turns;
    private final SpeakersViews views;

    SpeakersController(DeliberationPages pages, SpeakingTurns turns, SpeakersViews views) {
        this.pages = pages;
        this.turns = turns;
        this.views = views;
    }

    @GetMapping(PATH)
    String show(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        return render(siren, id, itemId, htmx != null, null, null, model);
    }

    @PostMapping(PATH)
    String ask(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(name = "intention", defaultValue = "") String intent,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        SpeakingIntent chosen = Arrays.stream(SpeakingIntent.values()).filter(i -> i.name().equals(intent))
                .findFirst().orElse(null);
        return act(siren, id, itemId, htmx, model, response, redirect, "speakers.asked",
                user -> turns.ask(itemId, chosen, user));
    }

    @PostMapping(PATH + "/{turnId}/fait")
    String done(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @PathVariable long turnId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(siren, id, itemId, htmx, model, response, redirect, "speakers.marked",
                user -> turns.markSpoken(itemId, turnId, user));
    }

    @PostMapping(PATH + "/{turnId}/retrait")
    String withdraw(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @PathVariable long turnId, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(siren, id, itemId, htmx, model, response, redirect, "speakers.withdrawn",
                user -> turns.withdraw(itemId, turnId, user));
    }

    @PostMapping(PATH + "/priorite")
    String prioritise(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(siren, id, itemId, htmx, model, response, redirect, "speakers.prioritised",
                user -> turns.prioritiseUnheard(itemId, user));
    }

    private String act(String siren, long id, long itemId, String htmx, Model model, HttpServletResponse response,
            RedirectAttributes redirect, String notice, java.util.function.Consumer<NouageUser> action) {
        pages.territory(siren);
        pages.item(pages.meeting(siren, id), itemId);
        try {
            action.accept(pages.user());
        } catch (DeliberationException e) {
            DeliberationPages.refused(response, e, htmx != null);
            return render(siren, id, itemId, htmx != null, null, FormError.of("speakers", e), model);
        }
        if (htmx != null) {
            return render(siren, id, itemId, true, notice, null, model);
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:" + DeliberationPageController.path(siren, id, itemId) + "#orateurs-point-" + itemId;
    }

    private String render(String siren, long id, long itemId, boolean fragment, String notice, FormError error,
            Model model) {
        var territory = pages.territory(siren);
        Meeting meeting = pages.meeting(siren, id);
        AgendaItem item = pages.item(meeting, itemId);
        model.addAttribute("view", views.of(siren, id, itemId, pages.names(siren), pages.user(), notice, error));
        if (fragment) {
            return "deliberation/speakers";
        }
        model.addAttribute("territory", territory);
        model.addAttribute("item", item);
        return "deliberation/speakers-page";
    }
}
