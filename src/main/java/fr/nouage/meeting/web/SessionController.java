package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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

import fr.nouage.account.NouageUser;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.Rules;
import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Sessions;
import fr.nouage.meeting.internal.UpstreamPlanner;
import fr.nouage.territory.Territory;

/** Planning an élus' sitting and its page: legal deadline, convocation, agenda, upstream meeting. */
@Controller
class SessionController {

    /** The élus' bodies a sitting can be planned for, in the order of the form. */
    static final List<BodyKind> BODIES = List.of(BodyKind.CONSEIL_COMMUNAUTAIRE, BodyKind.BUREAU,
            BodyKind.CONFERENCE_DES_MAIRES, BodyKind.CONSEIL_MUNICIPAL);

    private final Pages pages;
    private final Sessions sessions;
    private final Meetings meetings;
    private final Rules rules;
    private final fr.nouage.meeting.Opinions opinions;
    private final SubmissionTokens tokens;
    private final Clock clock;

    SessionController(Pages pages, Sessions sessions, Meetings meetings, Rules rules, SubmissionTokens tokens,
            Clock clock, fr.nouage.meeting.Opinions opinions) {
        this.opinions = opinions;
        this.pages = pages;
        this.sessions = sessions;
        this.meetings = meetings;
        this.rules = rules;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/territoires/{siren}/seances/nouvelle")
    String newSession(@PathVariable String siren, Model model) {
        Territory territory = pages.territory(siren);
        pages.organiser(siren);
        return form(territory, new SessionForm(BodyKind.CONSEIL_COMMUNAUTAIRE.name(), null, "", false, false, "",
                tokens.issue()), null, model);
    }

    @PostMapping("/territoires/{siren}/seances/nouvelle")
    String plan(@PathVariable String siren, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String inseeCode, @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(defaultValue = "false") boolean urgent,
            @RequestParam(defaultValue = "false") boolean requestedByMayors,
            @RequestParam(defaultValue = "") String place,
            @RequestParam(name = SubmissionTokens.FIELD, required = false) String token, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Territory territory = pages.territory(siren);
        NouageUser user = pages.organiser(siren);
        SessionForm form = new SessionForm(body, inseeCode, startsAt, urgent, requestedByMayors, place, token);
        BodyKind kind = BODIES.stream().filter(b -> b.name().equals(body)).findFirst().orElse(null);
        try {
            String target = tokens.once(user.accountId(), token, () -> {
                ElectedSession session = sessions.plan(siren, new Sessions.NewSession(kind, inseeCode,
                        DateText.parse(startsAt), urgent, requestedByMayors, place));
                return "/territoires/" + siren + "/seances/" + session.id();
            });
            redirect.addFlashAttribute("notice", "session.planned");
            return "redirect:" + target;
        } catch (MeetingException e) {
            Pages.refused(response, e);
            return form(territory, form, Refusal.of(e), model);
        }
    }

    private String form(Territory territory, SessionForm form, Refusal error, Model model) {
        model.addAttribute("territory", territory);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("bodies", BODIES);
        model.addAttribute("communes", pages.members(territory.siren()).stream().filter(c -> !c.isEpci()).toList());
        return "meeting/session-form";
    }

    @GetMapping("/territoires/{siren}/seances/{id}")
    String show(@PathVariable String siren, @PathVariable long id, Model model) {
        return page(siren, id, null, "", tokens.issue(), model);
    }

    @PostMapping("/territoires/{siren}/seances/{id}/convocation")
    String convocationSent(@PathVariable String siren, @PathVariable long id, RedirectAttributes redirect) {
        pages.territory(siren);
        pages.organiser(siren);
        ElectedSession session = session(siren, id);
        sessions.convocationSent(session.id(), sessions.today());
        redirect.addFlashAttribute("notice", "session.convocation.recorded");
        return "redirect:/territoires/" + siren + "/seances/" + id;
    }

    @PostMapping("/territoires/{siren}/seances/{id}/points")
    String addItem(@PathVariable String siren, @PathVariable long id, @RequestParam(defaultValue = "") String title,
            @RequestParam(name = SubmissionTokens.FIELD, required = false) String token, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        pages.territory(siren);
        NouageUser user = pages.organiser(siren);
        session(siren, id);
        try {
            String target = tokens.once(user.accountId(), token, () -> {
                sessions.addItem(id, title);
                return "/territoires/" + siren + "/seances/" + id + "#points";
            });
            redirect.addFlashAttribute("notice", "session.item.added");
            return "redirect:" + target;
        } catch (MeetingException e) {
            Pages.refused(response, e);
            return page(siren, id, Refusal.of(e), title, token, model);
        }
    }

    private String page(String siren, long id, Refusal itemError, String itemTitle, String token, Model model) {
        Territory territory = pages.territory(siren);
        ElectedSession session = session(siren, id);
        LocalDate day = session.startsAt().atZone(PARIS).toLocalDate();
        Meeting upstream = null;
        Instant proposal = null;
        if (session.body().kind().preparedUpstream()) {
            ActiveRules rules = this.rules.rulesAt(siren, day);
            List<Meeting> around = meetings.aroundSessions(siren, day, day.plusDays(1), rules.upstreamWindowToDays());
            upstream = UpstreamPlanner.upstreamOf(session, around, rules.upstreamWindowFromDays(),
                    rules.upstreamWindowToDays()).orElse(null);
            if (upstream == null) {
                proposal = UpstreamPlanner.propose(session, rules.upstreamWindowFromDays(),
                        rules.upstreamWindowToDays(), rules.agendaLeadHours(), clock.instant()).orElse(null);
            }
        }
        model.addAttribute("territory", territory);
        NouageUser user = pages.user();
        model.addAttribute("opinions", fr.nouage.meeting.MinutesAccess.mayFollow(user, siren)
                ? opinions.forSession(siren, id, user) : null);
        model.addAttribute("view", new SessionView(session, sessions.items(id), upstream, proposal, sessions.today(),
                MeetingAccess.mayOrganise(pages.user(), siren), itemError, itemTitle, token));
        return "meeting/session";
    }

    /** The sitting, once checked that it belongs to the territory of the path; 404 otherwise. */
    private ElectedSession session(String siren, long id) {
        return sessions.find(id).filter(s -> s.body().territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
