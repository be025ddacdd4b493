package fr.nouage.observatory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.observatory.Overview;
import fr.nouage.observatory.Threshold;

/** The territories side by side for the coordinator, the facilitators and the admin, and its export. */
@Controller
class OverviewController {

    private final Overview overview;
    private final MessageSource messages;

    OverviewController(Overview overview, MessageSource messages) {
        this.overview = overview;
        this.messages = messages;
    }

    @GetMapping("/observatoire")
    String overview(@RequestParam(defaultValue = "") String departement, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String taille, Model model) {
        model.addAttribute("view", OverviewView.of(rows(), departement, type, taille));
        return "observatory/overview";
    }

    @GetMapping("/observatoire/export.ods")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "") String departement,
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String taille) {
        OverviewView view = OverviewView.of(rows(), departement, type, taille);
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> table = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(text("observatory.col.siren", locale),
                text("observatory.col.territory", locale), text("observatory.col.department", locale),
                text("observatory.col.kind", locale), text("observatory.col.population", locale)));
        for (Threshold t : Threshold.values()) {
            header.add(text(t.messageKey(), locale));
        }
        header.add(text("observatory.col.alerts", locale));
        header.add(text("observatory.col.respondents", locale));
        table.add(header);
        for (Overview.Row r : view.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.siren(), r.name(), r.department(), r.kind(), r.population()));
            for (Threshold t : Threshold.values()) {
                row.add(text(r.states().get(t).messageKey(), locale));
            }
            row.add(r.alerts());
            row.add(r.respondents());
            table.add(row);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(OdsSheet.MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("observatoire.ods")
                        .build().toString())
                .body(OdsSheet.write(text("observatory.overview.title", locale), table));
    }

    private List<Overview.Row> rows() {
        NouageUser user = CurrentUser.require();
        if (!Overview.maySee(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return overview.rows(user);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
