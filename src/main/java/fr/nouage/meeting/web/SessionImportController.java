package fr.nouage.meeting.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import fr.nouage.meeting.BodyKind;
import fr.nouage.meeting.MeetingException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.Sessions;
import fr.nouage.meeting.internal.SessionCalendarReader;
import fr.nouage.territory.Territory;

/** Imports élus' sittings from an iCalendar file exported by the élus' calendar. */
@Controller
class SessionImportController {

    private final Pages pages;
    private final Sessions sessions;

    SessionImportController(Pages pages, Sessions sessions) {
        this.pages = pages;
        this.sessions = sessions;
    }

    @GetMapping("/territoires/{siren}/seances/import")
    String form(@PathVariable String siren, Model model) {
        Territory territory = pages.territory(siren);
        pages.organiser(siren);
        return page(territory, BodyKind.CONSEIL_COMMUNAUTAIRE.name(), null, null, null, model);
    }

    @PostMapping("/territoires/{siren}/seances/import")
    String importFile(@PathVariable String siren, @RequestParam(defaultValue = "") String body,
            @RequestParam(required = false) String inseeCode, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response) {
        Territory territory = pages.territory(siren);
        pages.organiser(siren);
        BodyKind kind = SessionController.BODIES.stream().filter(b -> b.name().equals(body)).findFirst().orElse(null);
        try {
            List<Sessions.ImportedEvent> events = SessionCalendarReader.read(content(file));
            Sessions.ImportReport report = sessions.importSessions(siren, kind, inseeCode, events);
            return page(territory, body, inseeCode, report, null, model);
        } catch (MeetingException e) {
            Pages.refused(response, e);
            return page(territory, body, inseeCode, null, Refusal.of(e), model);
        }
    }

    /** The file's bytes, read no further than the limit so that a huge upload is refused cheaply. */
    private static byte[] content(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.noFile");
        }
        if (file.getSize() > SessionCalendarReader.MAX_BYTES) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.tooLarge",
                    SessionCalendarReader.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(SessionCalendarReader.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new MeetingException(Reason.INVALID, "sessionImport.error.unreadable");
        }
    }

    private String page(Territory territory, String body, String inseeCode, Sessions.ImportReport report,
            Refusal error, Model model) {
        model.addAttribute("territory", territory);
        model.addAttribute("body", body);
        model.addAttribute("inseeCode", inseeCode);
        model.addAttribute("bodies", SessionController.BODIES);
        model.addAttribute("communes", pages.members(territory.siren()).stream().filter(c -> !c.isEpci()).toList());
        model.addAttribute("report", report);
        model.addAttribute("error", error);
        return "meeting/session-import";
    }
}
