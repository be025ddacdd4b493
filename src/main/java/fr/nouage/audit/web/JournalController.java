package fr.nouage.audit.web;

import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.audit.AuditAccess;
import fr.nouage.audit.AuditLog;
import fr.nouage.audit.AuditPage;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * The journal of changes: a territory's for the coordinator and the admin, every territory's for
 * the admin; filtered by kind of change and days, 50 entries a page, the most recent first.
 */
@Controller
class JournalController {

    private final AuditLog log;
    private final Territories territories;

    JournalController(AuditLog log, Territories territories) {
        this.log = log;
        this.territories = territories;
    }

    @GetMapping("/territoires/{siren}/journal")
    String territory(@PathVariable String siren, @RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "du", required = false) String from,
            @RequestParam(name = "au", required = false) String to,
            @RequestParam(name = "page", required = false) Integer page, Model model, HttpServletResponse response) {
        NouageUser user = CurrentUser.require();
        if (!AuditAccess.mayRead(user, siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Territory territory = territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        JournalFilter filter = JournalFilter.of(kind, from, to, null, page);
        return page(model, response, user, filter, territory.name(), siren, "/territoires/" + siren + "/journal",
                Map.of());
    }

    @GetMapping("/admin/journal")
    String all(@RequestParam(name = "type", required = false) String kind,
            @RequestParam(name = "du", required = false) String from,
            @RequestParam(name = "au", required = false) String to,
            @RequestParam(name = "territoire", required = false) String territory,
            @RequestParam(name = "page", required = false) Integer page, Model model, HttpServletResponse response) {
        NouageUser user = CurrentUser.require();
        if (!AuditAccess.mayReadAll(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        Map<String, String> names = new TreeMap<>();
        territories.all().forEach(t -> names.put(t.siren(), t.name()));
        return page(model, response, user, JournalFilter.of(kind, from, to, territory, page), null, null,
                "/admin/journal", names);
    }

    private String page(Model model, HttpServletResponse response, NouageUser user, JournalFilter filter,
            String territoryName, String siren, String action, Map<String, String> names) {
        AuditPage found = null;
        String error = null;
        try {
            found = log.read(filter.query(siren), user);
        } catch (JournalFilter.Invalid invalid) {
            error = invalid.messageKey();
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        model.addAttribute("view", new JournalView(territoryName, siren, action, filter, found, error, names));
        return "audit/journal";
    }
}
