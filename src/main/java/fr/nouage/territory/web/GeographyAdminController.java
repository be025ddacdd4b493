package fr.nouage.territory.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.SignedInUser;
import fr.nouage.territory.geography.EmbeddedGeography;
import fr.nouage.territory.geography.ImportJobs;
import fr.nouage.territory.geography.ImportProgress;

/** Admin pages to import the official geography and follow an import. */
@Controller
@RequestMapping("/admin/geographie")
class GeographyAdminController {

    private final ImportJobs jobs;
    private final EmbeddedGeography embedded;

    GeographyAdminController(ImportJobs jobs, EmbeddedGeography embedded) {
        this.jobs = jobs;
        this.embedded = embedded;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("imports", jobs.recent());
        model.addAttribute("vintage", embedded.vintage());
        model.addAttribute("error", null);
        return "territory/geography";
    }

    @PostMapping
    String upload(@RequestParam(name = "epci", required = false) MultipartFile epci,
            @RequestParam(name = "communes", required = false) MultipartFile communes, Principal principal,
            Model model) throws IOException {
        if (epci == null || epci.isEmpty() || communes == null || communes.isEmpty()) {
            model.addAttribute("imports", jobs.recent());
            model.addAttribute("vintage", embedded.vintage());
            model.addAttribute("error", "geography.error.filesMissing");
            return "territory/geography";
        }
        String source = safeName(epci.getOriginalFilename()) + " + " + safeName(communes.getOriginalFilename());
        long id = jobs.start(epci.getBytes(), communes.getBytes(), source, startedBy(principal));
        return "redirect:/admin/geographie/imports/" + id;
    }

    @PostMapping("/instantane")
    String reimportSnapshot(Principal principal) {
        long id = jobs.start(embedded.bytes("epci.json.gz"), embedded.bytes("communes.json.gz"), embedded.vintage(),
                startedBy(principal));
        return "redirect:/admin/geographie/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    String progress(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ImportProgress progress = jobs.progress(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("progress", progress);
        return htmx != null ? "territory/import-progress" : "territory/import";
    }

    /** The name of the person starting an import, as the log shows it. */
    private static String startedBy(Principal principal) {
        return principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof SignedInUser user ? user.displayName() : principal.getName();
    }

    static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        // one "_" per character that is not a letter, a digit or ._ - (an emoji is two Java chars)
        String safe = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
        return safe.codePointCount(0, safe.length()) <= 80 ? safe : safe.substring(0, safe.offsetByCodePoints(0, 80));
    }
}
