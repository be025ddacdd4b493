package fr.nouage.meeting.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.DateRange;
import fr.nouage.rules.Rules;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Sessions;
import fr.nouage.territory.Territory;

/**
 * A territory's year of élus' sittings and collective meetings. The page runs a fixed number of
 * queries whatever the history: the year's sittings in one, the meetings around them in another.
 */
@Controller
class CalendarController {

    private final Pages pages;
    private final Sessions sessions;
    private final Meetings meetings;
    private final Rules rules;
    private final Clock clock;

    CalendarController(Pages pages, Sessions sessions, Meetings meetings, Rules rules, Clock clock) {
        this.pages = pages;
        this.sessions = sessions;
        this.meetings = meetings;
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping("/territoires/{siren}/calendrier")
    String calendar(@PathVariable String siren, @RequestParam(name = "annee", required = false) Integer year,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore, Model model) {
        Territory territory = pages.territory(siren);
        LocalDate today = sessions.today();
        int shown = year == null ? today.getYear() : year;
        if (shown < DateRange.FIRST_YEAR || shown > DateRange.LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LocalDate from = LocalDate.of(shown, 1, 1);
        LocalDate to = from.plusYears(1);
        var timeline = rules.timeline(siren);
        int window = timeline.at(from).upstreamWindowToDays();
        CalendarView view = CalendarView.of(siren, shown, sessions.between(siren, from, to),
                meetings.aroundSessions(siren, from, to, window), timeline::at, today,
                clock.instant(), pages.names(pages.collectivities(siren)),
                MeetingAccess.mayOrganise(pages.user(), siren));
        model.addAttribute("calendar", view);
        if (htmx != null && restore == null) {
            return "meeting/calendar-year";
        }
        model.addAttribute("territory", territory);
        return "meeting/calendar";
    }
}
