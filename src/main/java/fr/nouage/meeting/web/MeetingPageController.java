package fr.nouage.meeting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

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

import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.SessionItem;
import fr.nouage.meeting.Sessions;
import fr.nouage.meeting.web.MeetingView.ItemForm;
import fr.nouage.meeting.web.MeetingView.SessionChoice;
import fr.nouage.territory.Territory;

/** A meeting of the collective: its facts, agenda, item proposals and attendance. */
@Controller
class MeetingPageController {

    /** How far ahead the élus' sittings are offered for linking an item. */
    static final int SESSION_CHOICE_MONTHS = 6;

    private final Pages pages;
    private final Meetings meetings;
    private final Sessions sessions;
    private final SubmissionTokens tokens;
    private final AttendanceTable attendance;
    private final Clock clock;
    private final Bodies bodies;

    MeetingPageController(Pages pages, Meetings meetings, Sessions sessions, SubmissionTokens tokens,
            AttendanceTable attendance, Clock clock, Bodies bodies) {
        this.bodies = bodies;
        this.pages = pages;
        this.meetings = meetings;
        this.sessions = sessions;
        this.tokens = tokens;
        this.attendance = attendance;
        this.clock = clock;
    }

    @GetMapping("/territoires/{siren}/reunions/{id}")
    String show(@PathVariable String siren, @PathVariable long id, Model model) {
        return page(siren, id, new ItemForm("", "", ItemKind.INFORMATION.name(), false, null, tokens.issue()), null,
                model);
    }

    @PostMapping("/territoires/{siren}/reunions/{id}/points")
    String propose(@PathVariable String siren, @PathVariable long id, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "false") boolean sensitive,
            @RequestParam(name = "sessionItem", required = false) Long sessionItemId,
            @RequestParam(name = "destination", defaultValue = "ici") String destination,
            @RequestParam(name = SubmissionTokens.FIELD, required = false) String token, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        pages.territory(siren);
        NouageUser user = pages.organiser(siren);
        meeting(siren, id);
        ItemKind itemKind = Arrays.stream(ItemKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElse(null);
        Meetings.ProposedItem item = new Meetings.ProposedItem(title, description, itemKind, sensitive, sessionItemId,
                "urgent".equals(destination));
        try {
            String target = tokens.once(user.accountId(), token, () -> {
                AgendaItem added = "suivante".equals(destination) ? meetings.proposeForNext(id, item, user)
                        : meetings.propose(id, item, user);
                return "/territoires/" + siren + "/reunions/" + added.meetingId() + "#point-" + added.id();
            });
            redirect.addFlashAttribute("notice", target.contains("/reunions/" + id + "#")
                    ? "meeting.item.added" : "meeting.item.addedToNext");
            return "redirect:" + target;
        } catch (MeetingException e) {
            Pages.refused(response, e);
            return page(siren, id, new ItemForm(title, description, kind, sensitive, sessionItemId, token),
                    Refusal.of(e), model);
        }
    }

    private String page(String siren, long id, ItemForm itemForm, Refusal itemError, Model model) {
        Territory territory = pages.territory(siren);
        Meeting meeting = meeting(siren, id);
        NouageUser user = pages.user();
        List<AgendaItem> agenda = meetings.agenda(id);
        List<Long> linkedIds = agenda.stream().map(AgendaItem::sessionItemId).filter(Objects::nonNull).distinct().toList();
        Map<Long, SessionItem> linkedItems = sessions.itemsByIds(linkedIds).stream()
                .collect(Collectors.toMap(SessionItem::id, Function.identity()));
        Map<Long, ElectedSession> linkedSessions = new HashMap<>();
        sessions.findAll(linkedItems.values().stream().map(SessionItem::sessionId).distinct().toList())
                .forEach(s -> linkedSessions.put(s.id(), s));
        ElectedSession upstream = meeting.upstreamSessionId() == null ? null
                : sessions.find(meeting.upstreamSessionId()).orElse(null);
        boolean mayPropose = MeetingAccess.mayOrganise(user, siren);
        boolean frozen = meeting.agendaFrozen(clock.instant());
        List<SessionChoice> choices = mayPropose ? choices(siren) : List.of();
        Meeting nextOpen = mayPropose && frozen ? meetings.nextOpen(siren).orElse(null) : null;
        model.addAttribute("territory", territory);
        model.addAttribute("body", bodies.find(siren, meeting.bodyId()));
        model.addAttribute("view", new MeetingView(meeting, pages.names(pages.collectivities(siren)), agenda,
                linkedItems, linkedSessions, upstream, choices, frozen, nextOpen, mayPropose,
                MeetingAccess.mayFacilitate(user, siren), attendance.rows(siren, id, user), itemForm, itemError,
                fr.nouage.meeting.MinutesAccess.mayRead(user, meeting)));
        return "meeting/meeting";
    }

    /** The upcoming sittings and their items, in two queries. */
    private List<SessionChoice> choices(String siren) {
        LocalDate today = sessions.today();
        List<ElectedSession> upcoming = sessions.withItemsBetween(siren, today, today.plusMonths(SESSION_CHOICE_MONTHS));
        Map<Long, List<SessionItem>> items = sessions.itemsOf(upcoming.stream().map(ElectedSession::id).toList())
                .stream().collect(Collectors.groupingBy(SessionItem::sessionId));
        return upcoming.stream().filter(s -> items.containsKey(s.id()))
                .map(s -> new SessionChoice(s, items.get(s.id()))).toList();
    }

    /** The meeting, once checked that it belongs to the territory of the path; 404 otherwise. */
    private Meeting meeting(String siren, long id) {
        return meetings.find(id).filter(m -> m.territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
