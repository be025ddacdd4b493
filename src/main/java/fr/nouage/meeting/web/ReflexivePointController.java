package fr.nouage.meeting.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;

/**
 * The observatory's lever "schedule a reflexive point": one click puts a point on how the group
 * works on the agenda of the collective's next meeting whose agenda is open.
 */
@Controller
class ReflexivePointController {

    private final Pages pages;
    private final Meetings meetings;
    private final MessageSource messages;

    ReflexivePointController(Pages pages, Meetings meetings, MessageSource messages) {
        this.pages = pages;
        this.meetings = meetings;
        this.messages = messages;
    }

    @PostMapping("/territoires/{siren}/reunions/point-reflexif")
    String schedule(@PathVariable String siren, RedirectAttributes redirect) {
        pages.territory(siren);
        Meeting next = meetings.nextOpen(siren).orElse(null);
        if (next == null) {
            redirect.addFlashAttribute("alert", "observatory.reflexive.noMeeting");
            return "redirect:/territoires/" + siren + "/maturite";
        }
        String title = messages.getMessage("observatory.reflexive.title", null, LocaleContextHolder.getLocale());
        try {
            AgendaItem item = meetings.propose(next.id(), new Meetings.ProposedItem(title,
                    messages.getMessage("observatory.reflexive.description", null, LocaleContextHolder.getLocale()),
                    ItemKind.REFLEXIVE_POINT, false, null, false), CurrentUser.require());
            redirect.addFlashAttribute("notice", "observatory.reflexive.scheduled");
            return "redirect:/territoires/" + siren + "/reunions/" + next.id() + "#point-" + item.id();
        } catch (MeetingException e) {
            redirect.addFlashAttribute("alert", e.messageKey());
            return "redirect:/territoires/" + siren + "/maturite";
        }
    }
}
