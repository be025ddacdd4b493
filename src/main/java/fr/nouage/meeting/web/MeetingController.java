package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.Rules;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.ElectedSession;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.RotationTurn;
import fr.nouage.meeting.Sessions;
import fr.nouage.meeting.internal.UpstreamPlanner;
import fr.nouage.territory.Territory;

/** The list of the collective's meetings and the form to plan one. */
@Controller
class MeetingController {

    static final Duration DEFAULT_LENGTH = Duration.ofMinutes(150);

    private final Pages pages;
    private final Meetings meetings;
    private final Sessions sessions;
    private final Rules rules;
    private final SubmissionTokens tokens;
    private final Clock clock;
    private final Bodies bodies;

    MeetingController(Pages pages, Meetings meetings, Sessions sessions, Rules rules, SubmissionTokens tokens,
            Clock clock, Bodies bodies) {
        this.bodies = bodies;
        this.pages = pages;
        this.meetings = meetings;
        this.sessions = sessions;
        this.rules = rules;
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping("/territoires/{siren}/reunions")
    String list(@PathVariable String siren, Model model) {
        Territory territory = pages.territory(siren);
        LocalDate today = sessions.today();
        Instant now = clock.instant();
        List<Meeting> around = meetings.between(siren, today.minusYears(1), today.plusYears(2));
        List<Meeting> upcoming = around.stream().filter(m -> !m.endsAt().isBefore(now)).toList();
        List<Meeting> past = new ArrayList<>(around.stream().filter(m -> m.endsAt().isBefore(now)).toList());
        past.sort(Comparator.comparing(Meeting::startsAt).reversed());
        model.addAttribute("territory", territory);
        model.addAttribute("upcoming", upcoming);
        model.addAttribute("past", past);
        model.addAttribute("names", pages.names(pages.collectivities(siren)));
        model.addAttribute("mayOrganise", MeetingAccess.mayOrganise(pages.user(), siren));
        model.addAttribute("bodyNames", otherBodies(siren));
        return "meeting/meetings";
    }

    @GetMapping("/territoires/{siren}/reunions/nouvelle")
    String newMeeting(@PathVariable String siren, @RequestParam(name = "seance", required = false) Long sessionId,
            @RequestParam(name = "instance", required = false) Long bodyId, Model model) {
        Territory territory = pages.territory(siren);
        pages.organiser(siren);
        Instant start = null;
        if (sessionId != null) {
            ElectedSession session = sessions.find(sessionId).filter(s -> s.body().territorySiren().equals(siren))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
            ActiveRules rules = this.rules.rulesAt(siren, session.startsAt().atZone(PARIS).toLocalDate());
            start = UpstreamPlanner.propose(session, rules.upstreamWindowFromDays(), rules.upstreamWindowToDays(),
                    rules.agendaLeadHours(), clock.instant()).orElse(null);
        }
        LocalDate day = start == null ? sessions.today() : start.atZone(PARIS).toLocalDate();
        RotationTurn turn = meetings.proposeTurn(siren, day);
        MeetingForm form = new MeetingForm(DateText.input(start),
                start == null ? "" : DateText.input(start.plus(DEFAULT_LENGTH)), "", turn.hostSiren(),
                turn.facilitatorSiren(), sessionId, tokens.issue(), bodyId);
        return form(territory, form, null, model);
    }

    @PostMapping("/territoires/{siren}/reunions/nouvelle")
    String schedule(@PathVariable String siren, @RequestParam(defaultValue = "") String startsAt,
            @RequestParam(defaultValue = "") String endsAt, @RequestParam(defaultValue = "") String place,
            @RequestParam(defaultValue = "") String hostSiren, @RequestParam(defaultValue = "") String facilitatorSiren,
            @RequestParam(name = "seance", required = false) Long sessionId,
            @RequestParam(name = "instance", required = false) Long bodyId,
            @RequestParam(name = SubmissionTokens.FIELD, required = false) String token, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Territory territory = pages.territory(siren);
        NouageUser user = pages.organiser(siren);
        MeetingForm form = new MeetingForm(startsAt, endsAt, place, hostSiren, facilitatorSiren, sessionId, token,
                bodyId);
        try {
            LocalDateTime start = DateText.parse(startsAt);
            LocalDateTime end = DateText.parse(endsAt);
            if (start == null || (end == null && !endsAt.isBlank())) {
                throw new MeetingException(MeetingException.Reason.INVALID, "meeting.error.date");
            }
            String target = tokens.once(user.accountId(), token, () -> {
                Meeting meeting = meetings.schedule(siren, new Meetings.NewMeeting(start, end, place, hostSiren,
                        facilitatorSiren, bodyId == null ? sessionId : null, bodyId));
                return "/territoires/" + siren + "/reunions/" + meeting.id();
            });
            redirect.addFlashAttribute("notice", "meeting.planned");
            return "redirect:" + target;
        } catch (MeetingException e) {
            Pages.refused(response, e);
            return form(territory, form, Refusal.of(e), model);
        }
    }

    /** Names of the territory's bodies other than the collective, by id: their meetings are marked with it. */
    private Map<Long, String> otherBodies(String siren) {
        return bodies.of(siren).stream().filter(b -> b.kind() != fr.nouage.meeting.BodyKind.COLLECTIVE)
                .collect(Collectors.toMap(Body::id, Body::name));
    }

    private String form(Territory territory, MeetingForm form, Refusal error, Model model) {
        String siren = territory.siren();
        LocalDate today = sessions.today();
        List<ElectedSession> upstreamChoices = sessions.between(siren, today, today.plusYears(1)).stream()
                .filter(s -> s.body().kind().preparedUpstream() || Long.valueOf(s.id()).equals(form.upstreamSessionId()))
                .toList();
        model.addAttribute("territory", territory);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        Body body = form.bodyId() == null ? null : bodies.find(siren, form.bodyId());
        Set<String> convened = body == null ? null : bodies.convened(body);
        model.addAttribute("members", pages.members(siren).stream()
                .filter(c -> convened == null || convened.contains(c.siren())).toList());
        model.addAttribute("body", body);
        model.addAttribute("sessions", upstreamChoices);
        model.addAttribute("rules", rules.rulesAt(siren, today));
        return "meeting/meeting-form";
    }
}
