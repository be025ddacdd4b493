package fr.nouage.charter.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import fr.nouage.charter.CharterAccess;
import fr.nouage.charter.CharterException;
import fr.nouage.charter.GovernancePact;
import fr.nouage.charter.GovernancePacts;
import fr.nouage.charter.PactOpinion;

/** The pacte de gouvernance timeline: dates, municipal councils' opinions, adopted text, what is left to do. */
@Controller
class PactController {

    private final GovernancePacts pacts;
    private final CharterViews views;

    PactController(GovernancePacts pacts, CharterViews views) {
        this.pacts = pacts;
        this.views = views;
    }

    @GetMapping("/territoires/{siren}/pacte")
    String show(@PathVariable String siren, Model model) {
        return page(siren, model, null);
    }

    private String page(String siren, Model model, String error) {
        NouageUser user = CurrentUser.require();
        model.addAttribute("territory", views.territory(siren));
        Optional<GovernancePact> pact = pacts.latest(siren);
        model.addAttribute("pact", pact.orElse(null));
        model.addAttribute("opinions", pact.map(pacts::opinions).orElse(Map.of()));
        model.addAttribute("reminders", pact.map(pacts::reminders).orElse(java.util.List.of()));
        model.addAttribute("communes", pacts.communes(siren));
        model.addAttribute("mayWrite", CharterAccess.mayWrite(user, siren));
        model.addAttribute("mayRecordOpinion", CharterAccess.mayWrite(user, siren));
        model.addAttribute("maxMegabytes", GovernancePacts.TEXT_MAX_BYTES / (1024 * 1024));
        model.addAttribute("error", error);
        return "charter/pact";
    }

    @PostMapping("/territoires/{siren}/pacte")
    String start(@PathVariable String siren,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate renouvellement,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return act(siren, model, response, redirect, () -> pacts.start(siren, renouvellement, CurrentUser.require()));
    }

    @PostMapping("/territoires/{siren}/pacte/{id}/calendrier")
    String timeline(@PathVariable String siren, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate debat,
            @RequestParam(required = false) Boolean elaboration,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate transmission,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoption,
            @RequestParam(required = false) String deliberation, @RequestParam int lock, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return act(siren, model, response, redirect, () -> pacts.update(siren, id,
                new GovernancePacts.Timeline(debat, elaboration, transmission, adoption, deliberation, lock),
                CurrentUser.require()));
    }

    @PostMapping("/territoires/{siren}/pacte/{id}/avis")
    String opinion(@PathVariable String siren, @PathVariable long id, @RequestParam String commune,
            @RequestParam(required = false) PactOpinion.Kind avis,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String reference, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(siren, model, response, redirect,
                () -> pacts.recordOpinion(siren, id, commune, avis, date, reference, CurrentUser.require()));
    }

    @PostMapping("/territoires/{siren}/pacte/{id}/texte")
    String attach(@PathVariable String siren, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        if (file != null && file.getSize() > GovernancePacts.TEXT_MAX_BYTES) {
            response.setStatus(400);
            return page(siren, model, views.t("pact.error.textSize", GovernancePacts.TEXT_MAX_BYTES / (1024 * 1024)));
        }
        byte[] content = file == null ? new byte[0] : file.getBytes();
        String name = file == null ? null : file.getOriginalFilename();
        return act(siren, model, response, redirect,
                () -> pacts.attachText(siren, id, name, content, CurrentUser.require()));
    }

    @GetMapping("/territoires/{siren}/pacte/{id}/texte.pdf")
    ResponseEntity<byte[]> text(@PathVariable String siren, @PathVariable long id) {
        byte[] pdf;
        try {
            pdf = pacts.text(siren, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (CharterException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("pacte-de-gouvernance-" + siren + ".pdf").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(pdf);
    }

    private String act(String siren, Model model, HttpServletResponse response, RedirectAttributes redirect,
            Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", "pact.notice.saved");
            return "redirect:/territoires/" + siren + "/pacte";
        } catch (CharterException e) {
            response.setStatus(e.status());
            return page(siren, model, views.message(e));
        }
    }
}
