package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.MinutesAccess;
import fr.nouage.platform.PageContext;
import fr.nouage.platform.SpreadsheetCsv;
import fr.nouage.territory.Territories;

/** The territory's open actions, from every meeting, whose status directors and the facilitator update. */
@Controller
class ActionsController {

    private final Actions actions;
    private final Territories territories;
    private final MessageSource messages;

    ActionsController(Actions actions, Territories territories, MessageSource messages) {
        this.actions = actions;
        this.territories = territories;
        this.messages = messages;
    }

    @GetMapping("/territoires/{siren}/actions")
    String list(@PathVariable String siren, Model model) {
        NouageUser user = CurrentUser.require();
        model.addAttribute("board", board(siren, user));
        return "meeting/actions";
    }

    /** The open actions of the page as a spreadsheet file. */
    @GetMapping("/territoires/{siren}/actions.csv")
    ResponseEntity<byte[]> csv(@PathVariable String siren) {
        ActionBoard board = board(siren, CurrentUser.require());
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        List<String> header = List.of(t("actions.title"), t("actions.owner"), t("actions.dueOn"),
                t("csv.actions.meeting"), t("csv.actions.item"), t("actions.status"));
        List<List<Object>> rows = board.actions().stream().map(a -> java.util.Arrays.<Object>asList(a.title(),
                board.owner(a.ownerSiren()), a.dueOn() == null ? "" : a.dueOn().format(day),
                day.withZone(PARIS).format(a.meetingStartsAt()), a.agendaItemTitle(),
                t(a.status().messageKey()))).toList();
        return SpreadsheetCsv.download("actions-" + siren + ".csv", SpreadsheetCsv.write(header, rows));
    }

    private String t(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
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
