package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import fr.nouage.meeting.Actions;
import fr.nouage.meeting.ItemOutcome;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.MeetingRecords;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Minutes;
import fr.nouage.meeting.MinutesConflict;
import fr.nouage.meeting.MinutesPublication;
import fr.nouage.meeting.MinutesSheet;
import fr.nouage.platform.PageContext;

/**
 * The minutes page of a meeting: each item's minutes and outcome saved on its own (HTMX swaps the
 * item alone), actions, who chaired, the meeting marked held and its minutes published (after which
 * every change is refused with 409); and the PDF record.
 */
@Controller
class MinutesController {

    /** Message of a change refused because the minutes are published. */
    static final String PUBLISHED = "minutes.error.publishedShort";

    private final Meetings meetings;
    private final Minutes minutes;
    private final MinutesPublication publication;
    private final Actions actions;
    private final MeetingRecords records;
    private final java.time.Clock clock;

    MinutesController(Meetings meetings, Minutes minutes, MinutesPublication publication, Actions actions,
            MeetingRecords records, java.time.Clock clock) {
        this.clock = clock;
        this.publication = publication;
        this.meetings = meetings;
        this.minutes = minutes;
        this.actions = actions;
        this.records = records;
    }

    @GetMapping("/territoires/{siren}/reunions/{id}/compte-rendu")
    String show(@PathVariable String siren, @PathVariable long id, Model model) {
        MinutesSheet sheet = sheet(siren, id);
        return page(model, sheet, sheet.items().stream().map(ItemView::of).toList());
    }

    @PostMapping("/territoires/{siren}/reunions/{id}/compte-rendu/points/{itemId}")
    String save(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(name = "minutes", defaultValue = "") String text,
            @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "") String outcomeText,
            @RequestParam int version, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        NouageUser user = CurrentUser.require();
        itemOf(siren, id, itemId);
        Minutes.ItemRecord record = new Minutes.ItemRecord(text, outcome(outcome), outcomeText, version);
        try {
            minutes.record(itemId, record, user);
        } catch (MinutesConflict conflict) {
            return refused(siren, id, itemId, v -> v.withForm(new Minutes.ItemRecord(text, record.outcome(),
                    outcomeText, conflict.saved().version()), conflict.saved(), conflict.messageKey()),
                    htmx, HttpStatus.CONFLICT, model, response);
        } catch (MeetingException invalid) {
            if (invalid.reason() == Reason.CONFLICT) {
                return refused(siren, id, itemId, v -> v.withForm(record, null, PUBLISHED), htmx,
                        HttpStatus.CONFLICT, model, response);
            }
            if (invalid.reason() != Reason.INVALID) {
                throw invalid;
            }
            return refused(siren, id, itemId, v -> v.withForm(record, null, invalid.messageKey()), htmx,
                    HttpStatus.BAD_REQUEST, model, response);
        }
        if (htmx != null) {
            return fragment(model, sheet(siren, id), itemId, ItemView::justSaved);
        }
        redirect.addFlashAttribute("notice", "minutes.saved");
        return "redirect:/territoires/" + siren + "/reunions/" + id + "/compte-rendu#point-" + itemId;
    }

    @PostMapping("/territoires/{siren}/reunions/{id}/compte-rendu/points/{itemId}/actions")
    String addAction(@PathVariable String siren, @PathVariable long id, @PathVariable long itemId,
            @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String ownerSiren,
            @RequestParam(defaultValue = "") String dueOn,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        itemOf(siren, id, itemId);
        try {
            actions.add(itemId, new Actions.NewAction(title, ownerSiren, day(dueOn)), CurrentUser.require());
        } catch (MeetingException invalid) {
            if (invalid.reason() != Reason.INVALID && invalid.reason() != Reason.CONFLICT) {
                throw invalid;
            }
            boolean published = invalid.reason() == Reason.CONFLICT;
            ItemView.ActionForm form = new ItemView.ActionForm(title, ownerSiren, dueOn,
                    published ? PUBLISHED : invalid.messageKey());
            return refused(siren, id, itemId, v -> v.withActionForm(form), htmx,
                    published ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, model, response);
        }
        if (htmx != null) {
            return fragment(model, sheet(siren, id), itemId, v -> v);
        }
        redirect.addFlashAttribute("notice", "actions.added");
        return "redirect:/territoires/" + siren + "/reunions/" + id + "/compte-rendu#point-" + itemId;
    }

    @PostMapping("/territoires/{siren}/reunions/{id}/compte-rendu/tenue")
    String markHeld(@PathVariable String siren, @PathVariable long id,
            @RequestParam(defaultValue = "") String chairedBy, RedirectAttributes redirect) {
        meetingIn(siren, id);
        try {
            minutes.markHeld(id, chairedBy, CurrentUser.require());
            redirect.addFlashAttribute("notice", "minutes.held");
        } catch (MeetingException invalid) {
            if (invalid.reason() != Reason.INVALID && invalid.reason() != Reason.CONFLICT) {
                throw invalid;
            }
            redirect.addFlashAttribute("alert", invalid.reason() == Reason.CONFLICT ? PUBLISHED : invalid.messageKey());
        }
        return "redirect:/territoires/" + siren + "/reunions/" + id + "/compte-rendu";
    }

    @PostMapping("/territoires/{siren}/reunions/{id}/compte-rendu/publication")
    String publish(@PathVariable String siren, @PathVariable long id, RedirectAttributes redirect) {
        meetingIn(siren, id);
        try {
            publication.publish(id, CurrentUser.require());
            redirect.addFlashAttribute("notice", "minutes.publish.done");
        } catch (MeetingException refused) {
            if (refused.reason() != Reason.INVALID && refused.reason() != Reason.CONFLICT) {
                throw refused;
            }
            redirect.addFlashAttribute("alert", refused.reason() == Reason.CONFLICT ? PUBLISHED : refused.messageKey());
        }
        return "redirect:/territoires/" + siren + "/reunions/" + id + "/compte-rendu";
    }

    @GetMapping("/territoires/{siren}/reunions/{id}/compte-rendu.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String siren, @PathVariable long id) {
        Meeting meeting = meetingIn(siren, id);
        return pdfResponse(meeting, records.minutesPdf(id, CurrentUser.require()));
    }

    /** The PDF of a meeting's minutes, shown in the browser, named after the meeting's day. */
    static ResponseEntity<byte[]> pdfResponse(Meeting meeting, byte[] pdf) {
        String day = meeting.startsAt().atZone(PARIS).toLocalDate().toString();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("compte-rendu-" + day + ".pdf").build().toString())
                .body(pdf);
    }

    private String refused(String siren, long id, long itemId, java.util.function.UnaryOperator<ItemView> change,
            String htmx, HttpStatus status, Model model, HttpServletResponse response) {
        MinutesSheet sheet = sheet(siren, id);
        if (htmx != null) {
            return fragment(model, sheet, itemId, change);
        }
        response.setStatus(status.value());
        return page(model, sheet, sheet.items().stream().map(ItemView::of)
                .map(v -> v.item().id() == itemId ? change.apply(v) : v).toList());
    }

    private String page(Model model, MinutesSheet sheet, List<ItemView> items) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("started", !sheet.meeting().startsAt().isAfter(clock.instant()));
        model.addAttribute("items", items);
        return "meeting/minutes";
    }

    private static String fragment(Model model, MinutesSheet sheet, long itemId,
            java.util.function.UnaryOperator<ItemView> change) {
        ItemView view = sheet.items().stream().filter(i -> i.item().id() == itemId).findFirst().map(ItemView::of)
                .map(change).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("sheet", sheet);
        model.addAttribute("view", view);
        return "meeting/minutes-item";
    }

    private MinutesSheet sheet(String siren, long id) {
        meetingIn(siren, id);
        return minutes.sheet(id, CurrentUser.require());
    }

    private Meeting meetingIn(String siren, long id) {
        return meetings.find(id).filter(m -> m.territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private void itemOf(String siren, long id, long itemId) {
        meetingIn(siren, id);
        meetings.item(itemId).filter(i -> i.meetingId() == id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ItemOutcome outcome(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return ItemOutcome.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MeetingException(Reason.INVALID, "minutes.error.outcome");
        }
    }

    private static LocalDate day(String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new MeetingException(Reason.INVALID, "actions.error.dueOn");
        }
    }
}
