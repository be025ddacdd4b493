package fr.nouage.meeting.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AttendanceStatus;
import fr.nouage.meeting.MeetingException;
import fr.nouage.meeting.Meetings;

/**
 * Records who attended a meeting: one field {@code presence-<SIREN>} per collectivité. Without
 * JavaScript the meeting page is shown again; with HTMX only the attendance block is returned.
 */
@Controller
class AttendanceController {

    static final String PRESENCE = "presence-";

    private final Pages pages;
    private final Meetings meetings;
    private final AttendanceTable table;

    AttendanceController(Pages pages, Meetings meetings, AttendanceTable table) {
        this.pages = pages;
        this.meetings = meetings;
        this.table = table;
    }

    @PostMapping("/territoires/{siren}/reunions/{id}/presences")
    String record(@PathVariable String siren, @PathVariable long id, @RequestParam Map<String, String> form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        pages.territory(siren);
        NouageUser user = pages.user();
        meetings.find(id).filter(m -> m.territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, AttendanceStatus> statuses = new LinkedHashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith(PRESENCE) && value != null && !value.isBlank()) {
                statuses.put(name.substring(PRESENCE.length()), Arrays.stream(AttendanceStatus.values())
                        .filter(s -> s.name().equals(value)).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST)));
            }
        });
        try {
            meetings.recordAttendance(id, statuses, user);
        } catch (MeetingException e) {
            throw new ResponseStatusException(e.reason() == MeetingException.Reason.FORBIDDEN ? HttpStatus.FORBIDDEN
                    : HttpStatus.BAD_REQUEST);
        }
        if (htmx != null) {
            model.addAttribute("siren", siren);
            model.addAttribute("meetingId", id);
            model.addAttribute("rows", table.rows(siren, id, user));
            model.addAttribute("saved", true);
            return "meeting/attendance";
        }
        redirect.addFlashAttribute("notice", "meeting.attendance.saved");
        return "redirect:/territoires/" + siren + "/reunions/" + id + "#presences";
    }
}
