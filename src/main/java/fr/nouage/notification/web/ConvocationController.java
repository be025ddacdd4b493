package fr.nouage.notification.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.meeting.Convocation;
import fr.nouage.meeting.Convocations;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.Meetings;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * The one-click acknowledgement of a convocation (no sign-in: the link's token is the proof; a
 * button confirms, so that mail scanners opening the link confirm nothing) and the facilitator's
 * view of who received and who acknowledged.
 */
@Controller
class ConvocationController {

    private final Convocations convocations;
    private final Meetings meetings;
    private final Accounts accounts;
    private final Territories territories;

    ConvocationController(Convocations convocations, Meetings meetings, Accounts accounts, Territories territories) {
        this.convocations = convocations;
        this.meetings = meetings;
        this.accounts = accounts;
        this.territories = territories;
    }

    @GetMapping("/convocations/{token}")
    String acknowledgement(@PathVariable String token, Model model, HttpServletResponse response) {
        Convocation convocation = convocations.byToken(token).orElse(null);
        if (convocation == null) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("convocation", null);
            model.addAttribute("meeting", null);
            model.addAttribute("territoryName", null);
            model.addAttribute("token", token);
            return "notification/acknowledge";
        }
        Meeting meeting = meetings.find(convocation.meetingId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("convocation", convocation);
        model.addAttribute("meeting", meeting);
        model.addAttribute("territoryName", territories.find(meeting.territorySiren()).map(Territory::name).orElse(""));
        model.addAttribute("token", token);
        return "notification/acknowledge";
    }

    @PostMapping("/convocations/{token}")
    String acknowledge(@PathVariable String token) {
        convocations.acknowledge(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return "redirect:/convocations/" + token;
    }

    @GetMapping("/territoires/{siren}/reunions/{id}/convocations")
    String list(@PathVariable String siren, @PathVariable long id, Model model) {
        NouageUser user = CurrentUser.require();
        if (!MeetingAccess.mayFacilitate(user, siren) && !user.has(Role.ADMIN)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Meeting meeting = meetings.find(id).filter(m -> m.territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<Long, Account> people = accounts.inTerritories(Set.of(siren)).stream()
                .collect(Collectors.toMap(Account::id, Function.identity()));
        Map<String, String> names = territories.collectivities(siren).stream()
                .collect(Collectors.toMap(Collectivity::siren, Collectivity::name, (a, b) -> a));
        List<ConvocationRow> rows = convocations.ofMeeting(id).stream().map(c -> row(c, people.get(c.accountId()), siren, names))
                .sorted(Comparator.comparing((ConvocationRow r) -> r.convocation().acknowledgedAt() != null)
                        .thenComparing(ConvocationRow::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        model.addAttribute("meeting", meeting);
        model.addAttribute("territoryName", territories.find(siren).map(Territory::name).orElse(siren));
        model.addAttribute("rows", rows);
        model.addAttribute("sent", rows.stream().filter(r -> r.convocation().sentAt() != null).count());
        model.addAttribute("acknowledged", rows.stream().filter(r -> r.convocation().acknowledgedAt() != null).count());
        return "notification/convocations";
    }

    private static ConvocationRow row(Convocation c, Account account, String siren, Map<String, String> names) {
        if (account == null) {
            return new ConvocationRow(c, c.email(), null);
        }
        String collectivity = account.roles().stream()
                .filter(r -> r.role() == Role.DIRECTOR && siren.equals(r.territorySiren()))
                .map(r -> names.get(r.collectivitySiren())).filter(n -> n != null).findFirst().orElse(null);
        return new ConvocationRow(c, account.displayName(), collectivity);
    }
}
