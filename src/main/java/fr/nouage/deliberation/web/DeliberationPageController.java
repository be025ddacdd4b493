package fr.nouage.deliberation.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import fr.nouage.deliberation.Decision;
import fr.nouage.deliberation.DeliberationException;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.Position;
import fr.nouage.deliberation.Stance;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.Rules;
import fr.nouage.territory.Collectivity;

/**
 * The deliberation of an item: the proposal and its amended texts, the positions of the
 * collectivités, objections answered or withdrawn, the history, the speakers and the decision.
 * Every form works without JavaScript: success redirects to the page, a refusal shows it again
 * with the message and the form as typed.
 */
@Controller
class DeliberationPageController {

    static final String PATH = "/territoires/{siren}/reunions/{id}/deliberation/{itemId}";

    private final DeliberationPages pages;
    private final Deliberations deliberations;
    private final Rules rules;
    private final SpeakersViews speakers;

    DeliberationPageController(DeliberationPages pages, Deliberations deliberations, Rules rules,
            SpeakersViews speakers) {
        this.pages = pages;
        this.deliberations = deliberations;
        this.rules = rules;
        this.speakers = speakers;
    }

    @GetMapping(PATH)
    String show(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId, Model model) {
        return page(siren, id, itemId, Map.of(), null, model);
    }

    /**
     * The distribution of positions of the item, for the minutes and the élus' pages: alone for
     * HTMX, otherwise the deliberation page at its positions.
     */
    @GetMapping(PATH + "/repartition")
    String distribution(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        AgendaItem item = checked(siren, id, itemId);
        if (htmx == null) {
            return "redirect:" + path(siren, id, itemId) + "#positions";
        }
        model.addAttribute("distribution", deliberations.distributions(List.of(item.id())).get(item.id()));
        return "deliberation/item-distribution";
    }

    @PostMapping(PATH + "/position")
    String express(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(name = "collectivite", defaultValue = "") String collectivity,
            @RequestParam(defaultValue = "") String stance, @RequestParam(defaultValue = "") String argument,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AgendaItem item = checked(siren, id, itemId);
        Map<String, String> typed = Map.of("stance", stance, "argument", argument);
        try {
            var expressed = deliberations.express(item.id(), collectivity, stance(stance), argument, pages.user());
            redirect.addFlashAttribute("notice", expressed.replaced() ? "deliberation.position.replaced"
                    : "deliberation.position.saved");
            return "redirect:" + path(siren, id, itemId) + "#positions";
        } catch (DeliberationException e) {
            return refused(siren, id, itemId, "position", e, typed, model, response);
        }
    }

    @PostMapping(PATH + "/objections/{positionId}/reponse")
    String answer(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @PathVariable long positionId, @RequestParam(name = "texte", defaultValue = "") String text, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AgendaItem item = checked(siren, id, itemId);
        try {
            deliberations.answerObjection(item.id(), positionId, text, pages.user());
            redirect.addFlashAttribute("notice", "deliberation.objection.answered");
            return "redirect:" + path(siren, id, itemId) + "#objections";
        } catch (DeliberationException e) {
            return refused(siren, id, itemId, "answer-" + positionId, e, Map.of("texte", text), model, response);
        }
    }

    @PostMapping(PATH + "/objections/retrait")
    String withdraw(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(name = "collectivite", defaultValue = "") String collectivity,
            @RequestParam(defaultValue = "") String stance, @RequestParam(defaultValue = "") String argument,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AgendaItem item = checked(siren, id, itemId);
        try {
            deliberations.withdrawObjection(item.id(), collectivity, stance(stance), argument, pages.user());
            redirect.addFlashAttribute("notice", "deliberation.objection.withdrawn");
            return "redirect:" + path(siren, id, itemId) + "#objections";
        } catch (DeliberationException e) {
            return refused(siren, id, itemId, "withdraw", e, Map.of("withdrawStance", stance,
                    "withdrawArgument", argument), model, response);
        }
    }

    @PostMapping(PATH + "/decision")
    String decide(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(name = "enonce", defaultValue = "") String statement,
            @RequestParam(name = "revoir", defaultValue = "") String reviewOn, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        AgendaItem item = checked(siren, id, itemId);
        Map<String, String> typed = Map.of("enonce", statement, "revoir", reviewOn);
        try {
            Decision decision = deliberations.decide(item.id(), statement, date(reviewOn), pages.user());
            redirect.addFlashAttribute("notice", "deliberation.decision.recorded." + decision.outcome().name());
            return "redirect:" + path(siren, id, itemId) + "#decision";
        } catch (DeliberationException e) {
            return refused(siren, id, itemId, "decision", e, typed, model, response);
        }
    }

    private String refused(String siren, long id, long itemId, String form, DeliberationException e,
            Map<String, String> typed, Model model, HttpServletResponse response) {
        DeliberationPages.refused(response, e, false);
        return page(siren, id, itemId, typed, FormError.of(form, e), model);
    }

    private String page(String siren, long id, long itemId, Map<String, String> typed, FormError error, Model model) {
        var territory = pages.territory(siren);
        Meeting meeting = pages.meeting(siren, id);
        AgendaItem item = pages.item(meeting, itemId);
        NouageUser user = pages.user();
        List<Collectivity> members = pages.members(siren);
        Map<String, String> names = pages.names(siren);
        Map<String, Position> positions = deliberations.positions(itemId).stream()
                .collect(Collectors.toMap(Position::collectivitySiren, Function.identity()));
        List<DeliberationView.Row> rows = members.stream()
                .map(c -> new DeliberationView.Row(c, positions.get(c.siren()))).toList();
        ActiveRules inForce = rules.rulesAt(siren, meeting.startsAt().atZone(PARIS)
                .toLocalDate());
        Decision decision = deliberations.decision(itemId).orElse(null);
        List<Collectivity> own = members.stream().filter(c -> user.directsIn(siren, c.siren())).toList();
        model.addAttribute("view", new DeliberationView(territory, meeting, item, inForce.decisionMode(),
                inForce.quorum(members.size()), rows, deliberations.amendments(itemId), deliberations.history(itemId),
                decision, deliberations.distributions(List.of(itemId)).get(itemId),
                MeetingAccess.mayOrganise(user, siren) ? own : List.of(), MeetingAccess.mayLeadDeliberation(user, meeting),
                decision != null && decision.outcome().closes(), names, new LinkedHashMap<>(typed), error,
                speakers.of(siren, id, itemId, names, user, null, null)));
        return "deliberation/deliberation";
    }

    private AgendaItem checked(String siren, long id, long itemId) {
        pages.territory(siren);
        return pages.item(pages.meeting(siren, id), itemId);
    }

    static String path(String siren, long meetingId, long itemId) {
        return "/territoires/" + siren + "/reunions/" + meetingId + "/deliberation/" + itemId;
    }

    /** The stance of a form field; {@code null} for a blank or unknown one (refused by the facade). */
    static Stance stance(String value) {
        return Arrays.stream(Stance.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DeliberationException(DeliberationException.Reason.INVALID, "deliberation.error.reviewOn");
        }
    }
}
