package fr.nouage.territory.web;

import java.io.IOException;
import java.security.Principal;

import org.springframework.http.HttpStatus;
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
        long id = jobs.start(epci.getBytes(), communes.getBytes(), source, principal.getName());
        return "redirect:/admin/geographie/imports/" + id;
    }

    @PostMapping("/instantane")
    String reimportSnapshot(Principal principal) {
        long id = jobs.start(embedded.bytes("epci.json.gz"), embedded.bytes("communes.json.gz"), embedded.vintage(),
                principal.getName());
        return "redirect:/admin/geographie/imports/" + id;
    }

    @GetMapping("/imports/{id}")
    String progress(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        ImportProgress progress = jobs.progress(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("progress", progress);
        return htmx != null ? "territory/import-progress" : "territory/import";
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "?";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").substring(0, Math.min(base.length(), 80));
    }
}
