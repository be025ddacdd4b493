package fr.nouage.meeting.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.Account;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;
import fr.nouage.territory.Territory;

/** The bodies of a territory, those the users add, and their members. */
@Controller
class BodyController {

    private final Pages pages;
    private final Bodies bodies;

    private final Meetings meetings;

    BodyController(Pages pages, Bodies bodies, Meetings meetings) {
        this.meetings = meetings;
        this.pages = pages;
        this.bodies = bodies;
    }

    @GetMapping("/territoires/{siren}/instances")
    String list(@PathVariable String siren, Model model) {
        return listPage(siren, null, "", model);
    }

    @PostMapping("/territoires/{siren}/instances")
    String add(@PathVariable String siren, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String name, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        pages.territory(siren);
        try {
            Body body = bodies.add(siren, parse(kind), name, pages.user());
            redirect.addFlashAttribute("notice", "body.added");
            return "redirect:/territoires/" + siren + "/instances/" + body.id();
        } catch (MeetingException e) {
            Pages.refused(response, e);
            return listPage(siren, e.messageKey(), name, model);
        }
    }

    @GetMapping("/territoires/{siren}/instances/{bodyId}")
    String show(@PathVariable String siren, @PathVariable long bodyId, Model model) {
        Territory territory = pages.territory(siren);
        Body body = bodies.find(siren, bodyId);
        List<Account> members = bodies.members(body);
        model.addAttribute("territory", territory);
        model.addAttribute("body", body);
        model.addAttribute("members", members);
        model.addAttribute("candidates", bodies.candidates(siren).stream()
                .filter(a -> members.stream().noneMatch(m -> m.id() == a.id())).toList());
        model.addAttribute("explicit", members.stream().map(Account::id).collect(Collectors.toSet()));
        model.addAttribute("mayOrganise", MeetingAccess.mayOrganise(pages.user(), siren));
        model.addAttribute("meetings", body.kind().elected() || body.kind() == BodyKind.COLLECTIVE ? List.of()
                : meetings.ofBody(body.id()));
        return "meeting/body";
    }

    @PostMapping("/territoires/{siren}/instances/{bodyId}/membres")
    String addMember(@PathVariable String siren, @PathVariable long bodyId, @RequestParam(defaultValue = "0") long account,
            RedirectAttributes redirect) {
        pages.territory(siren);
        bodies.addMember(siren, bodyId, account, pages.user());
        redirect.addFlashAttribute("notice", "body.memberAdded");
        return "redirect:/territoires/" + siren + "/instances/" + bodyId;
    }

    @PostMapping("/territoires/{siren}/instances/{bodyId}/membres/retrait")
    String removeMember(@PathVariable String siren, @PathVariable long bodyId,
            @RequestParam(defaultValue = "0") long account, RedirectAttributes redirect) {
        pages.territory(siren);
        bodies.removeMember(siren, bodyId, account, pages.user());
        redirect.addFlashAttribute("notice", "body.memberRemoved");
        return "redirect:/territoires/" + siren + "/instances/" + bodyId;
    }

    private String listPage(String siren, String error, String name, Model model) {
        Territory territory = pages.territory(siren);
        List<Body> all = bodies.of(siren);
        Map<Boolean, List<Body>> split = all.stream().collect(Collectors.partitioningBy(b -> b.kind().elected()));
        model.addAttribute("territory", territory);
        model.addAttribute("elected", split.get(true));
        model.addAttribute("technical", split.get(false));
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("addable", Bodies.ADDABLE);
        model.addAttribute("error", error);
        model.addAttribute("name", name);
        model.addAttribute("mayOrganise", MeetingAccess.mayOrganise(pages.user(), siren));
        return "meeting/bodies";
    }

    private static BodyKind parse(String kind) {
        try {
            return BodyKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
