package fr.nouage.diagnostic.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.diagnostic.CommutingFlows;
import fr.nouage.diagnostic.DiagnosticAccess;
import fr.nouage.diagnostic.DiagnosticException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** The interdependence page of a territory and the import of commuting flows from it. */
@Controller
class InterdependenceController {

    private final Territories territories;
    private final CommutingFlows flows;
    private final MessageSource messages;

    InterdependenceController(Territories territories, CommutingFlows flows, MessageSource messages) {
        this.territories = territories;
        this.flows = flows;
        this.messages = messages;
    }

    @GetMapping("/territoires/{siren}/interdependances")
    String page(@PathVariable String siren, Model model) {
        return render(siren, null, model);
    }

    @PostMapping("/territoires/{siren}/interdependances")
    String upload(@PathVariable String siren, @RequestParam(name = "fichier", required = false) MultipartFile file,
            @RequestParam(name = "millesime", required = false) String vintage, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        territory(siren);
        NouageUser user = CurrentUser.require();
        if (!DiagnosticAccess.mayImport(user, siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        try (InputStream in = file == null ? InputStream.nullInputStream() : file.getInputStream()) {
            if (file == null || file.isEmpty()) {
                throw new DiagnosticException(Reason.INVALID, "diagnostic.flows.error.noFile");
            }
            flows.importFile(siren, in, file.getOriginalFilename(), year(vintage), user);
        } catch (DiagnosticException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            Locale locale = LocaleContextHolder.getLocale();
            return render(siren, messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale), model);
        } catch (IOException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("notice", "diagnostic.flows.imported");
        return "redirect:/territoires/" + siren + "/interdependances";
    }

    private static Integer year(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw new DiagnosticException(Reason.INVALID, "diagnostic.flows.error.vintage");
        }
    }

    private String render(String siren, String error, Model model) {
        Territory territory = territory(siren);
        Map<String, String> names = new LinkedHashMap<>();
        territories.collectivities(siren).stream().filter(c -> c.inseeCode() != null)
                .forEach(c -> names.put(c.inseeCode(), c.name()));
        model.addAttribute("territory", territory);
        model.addAttribute("view", InterdependenceView.of(flows.interdependence(siren).orElse(null), names,
                flows.imports(siren), DiagnosticAccess.mayImport(CurrentUser.require(), siren)));
        model.addAttribute("example", IllustrativeExample.view(key -> messages.getMessage(key, null, key,
                LocaleContextHolder.getLocale())));
        model.addAttribute("error", error);
        return "diagnostic/interdependence";
    }

    private Territory territory(String siren) {
        return territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
