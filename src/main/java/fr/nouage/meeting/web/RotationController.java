package fr.nouage.meeting.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.DateRange;
import fr.nouage.rules.Rules;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.RotationTurn;
import fr.nouage.meeting.Sessions;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territory;

/** The year's rota: who hosted and facilitated the collective's meetings, and who is next. */
@Controller
class RotationController {

    private final Pages pages;
    private final Meetings meetings;
    private final Sessions sessions;
    private final Rules rules;

    RotationController(Pages pages, Meetings meetings, Sessions sessions, Rules rules) {
        this.pages = pages;
        this.meetings = meetings;
        this.sessions = sessions;
        this.rules = rules;
    }

    @GetMapping("/territoires/{siren}/rotation")
    String rotation(@PathVariable String siren, @RequestParam(name = "annee", required = false) Integer year,
            Model model) {
        Territory territory = pages.territory(siren);
        LocalDate today = sessions.today();
        int shown = year == null ? today.getYear() : year;
        if (shown < DateRange.FIRST_YEAR || shown > DateRange.LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LocalDate from = LocalDate.of(shown, 1, 1);
        List<Meeting> ofYear = meetings.ofCollective(siren, from, from.plusYears(1)).stream()
                .filter(m -> !"CANCELLED".equals(m.status())).toList();
        Map<String, Integer> hosted = new HashMap<>();
        Map<String, Integer> facilitated = new HashMap<>();
        for (Meeting m : ofYear) {
            if (m.hostSiren() != null) {
                hosted.merge(m.hostSiren(), 1, Integer::sum);
            }
            if (m.facilitatorSiren() != null) {
                facilitated.merge(m.facilitatorSiren(), 1, Integer::sum);
            }
        }
        List<Collectivity> members = pages.members(siren);
        List<RotationView.Row> rows = members.stream().map(c -> new RotationView.Row(c,
                hosted.getOrDefault(c.siren(), 0), facilitated.getOrDefault(c.siren(), 0))).toList();
        LocalDate nextDay = shown == today.getYear() ? today : from;
        RotationTurn next = shown < today.getYear() ? null : meetings.proposeTurn(siren, nextDay);
        model.addAttribute("territory", territory);
        model.addAttribute("rota", new RotationView(shown, rows, ofYear.size(), next,
                rules.rulesAt(siren, nextDay).rotation()));
        return "meeting/rotation";
    }
}
