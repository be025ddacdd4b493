package fr.nouage.meeting.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.ActionItem;
import fr.nouage.meeting.ActionStatus;
import fr.nouage.meeting.Actions;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.MeetingException.Reason;
import fr.nouage.meeting.MinutesAccess;
import fr.nouage.territory.Territories;

/** The territory's open actions, from every meeting, whose status directors and the facilitator update. */
@Controller
class ActionsController {

    private final Actions actions;
    private final Territories territories;

    ActionsController(Actions actions, Territories territories) {
        this.actions = actions;
        this.territories = territories;
    }

    @GetMapping("/territoires/{siren}/actions")
    String list(@PathVariable String siren, Model model) {
        NouageUser user = CurrentUser.require();
        model.addAttribute("board", board(siren, user));
        return "meeting/actions";
    }

    @PostMapping("/territoires/{siren}/actions/{actionId}")
    String update(@PathVariable String siren, @PathVariable long actionId, @RequestParam String status,
            @RequestParam int version, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        NouageUser user = CurrentUser.require();
        ActionStatus wanted = status(status);
        String error = null;
        ActionItem action;
        try {
            action = actions.updateStatus(siren, actionId, wanted, version, user);
        } catch (MeetingException e) {
            if (e.reason() != Reason.CONFLICT) {
                throw e;
            }
            error = e.messageKey();
            action = actions.find(siren, actionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        if (htmx != null) {
            model.addAttribute("board", board(siren, user));
            model.addAttribute("action", action);
            model.addAttribute("error", error);
            return "meeting/action-row";
        }
        redirect.addFlashAttribute(error == null ? "notice" : "alert", error == null ? "actions.updated" : error);
        return "redirect:/territoires/" + siren + "/actions";
    }

    private ActionBoard board(String siren, NouageUser user) {
        String name = territories.find(siren).map(t -> t.name())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return new ActionBoard(siren, name, actions.open(siren, user), actions.owners(siren), actions.today(),
                MinutesAccess.mayWrite(user, siren));
    }

    private static ActionStatus status(String value) {
        try {
            return ActionStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MeetingException(Reason.INVALID, "actions.error.status");
        }
    }
}
