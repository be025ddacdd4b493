package fr.nouage.project.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.platform.RefusedOperation;
import fr.nouage.project.Agreement;
import fr.nouage.project.AgreementAnnex;
import fr.nouage.project.AgreementKind;
import fr.nouage.project.Agreements;
import fr.nouage.project.FinancingKey;
import fr.nouage.project.Project;
import fr.nouage.project.ProjectAccess;

/** A project's conventions: simulate keys side by side, choose one, record deliberations, sign, export the annex. */
@Controller
class AgreementController {

    private final ProjectPages pages;
    private final Agreements agreements;
    private final AgreementAnnex annex;

    AgreementController(ProjectPages pages, Agreements agreements, AgreementAnnex annex) {
        this.pages = pages;
        this.agreements = agreements;
        this.annex = annex;
    }

    @GetMapping("/territoires/{siren}/projets/{id}/conventions/nouvelle")
    String simulate(@PathVariable String siren, @PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "") List<String> parties, Model model) {
        return form(siren, id, AgreementForm.of(params, parties), null, model);
    }

    @PostMapping("/territoires/{siren}/projets/{id}/conventions/nouvelle")
    String create(@PathVariable String siren, @PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(defaultValue = "") List<String> parties, @RequestParam(defaultValue = "a") String choice,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        pages.project(siren, id);
        AgreementForm form = AgreementForm.of(params, parties);
        try {
            Agreement agreement = agreements.create(id, new Agreements.NewAgreement(form.value("title"),
                    PortfolioController.parse(AgreementKind.class, form.value("kind")), form.value("object"),
                    duration(form.value("duration")), form.value("unitLabel"), form.split(),
                    form.key(AgreementForm.KEYS.contains(choice) ? choice : "a")), pages.user());
            redirect.addFlashAttribute("notice", "agreement.created");
            return "redirect:/territoires/" + siren + "/projets/" + id + "/conventions/" + agreement.id();
        } catch (RefusedOperation e) {
            if (e.reason() == RefusedOperation.Reason.FORBIDDEN) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            response.setStatus(e.status());
            return form(siren, id, form, pages.text(e), model);
        }
    }

    private String form(String siren, long id, AgreementForm form, String error, Model model) {
        Project project = pages.project(siren, id);
        if (!ProjectAccess.maySteer(pages.user(), project)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        List<KeyColumn> columns = new ArrayList<>();
        for (String letter : AgreementForm.KEYS) {
            if (!form.typed(letter)) {
                continue;
            }
            try {
                FinancingKey key = form.key(letter);
                var figures = agreements.figures(siren, form.split(), key);
                columns.add(new KeyColumn(letter, key, key.shares(figures.amountCents(), figures.parties()), null));
            } catch (RefusedOperation e) {
                columns.add(new KeyColumn(letter, null, null, pages.text(e)));
            }
        }
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("columns", columns);
        model.addAttribute("collectivities", pages.members(siren));
        model.addAttribute("error", error);
        model.addAttribute("annex", annex);
        return "project/agreement-form";
    }

    @GetMapping("/territoires/{siren}/projets/{id}/conventions/{agreementId}")
    String show(@PathVariable String siren, @PathVariable long id, @PathVariable long agreementId, Model model) {
        Project project = pages.project(siren, id);
        Agreement agreement = agreement(project, agreementId);
        var user = pages.user();
        model.addAttribute("territory", pages.territory(siren));
        model.addAttribute("project", project);
        model.addAttribute("agreement", agreement);
        model.addAttribute("shares", agreements.shares(agreement));
        model.addAttribute("today", agreement.signed() ? agreements.currentShares(agreement) : List.of());
        model.addAttribute("names", pages.names(siren));
        model.addAttribute("maySteer", ProjectAccess.maySteer(user, project));
        model.addAttribute("answerable", agreement.parties().stream()
                .filter(p -> ProjectAccess.mayAnswerFor(user, project, p.siren())).map(p -> p.siren()).toList());
        model.addAttribute("keyText", annex.keyText(agreement.key()));
        return "project/agreement";
    }

    @PostMapping("/territoires/{siren}/projets/{id}/conventions/{agreementId}/deliberations")
    String deliberation(@PathVariable String siren, @PathVariable long id, @PathVariable long agreementId,
            @RequestParam(defaultValue = "") String party, @RequestParam(defaultValue = "") String on,
            @RequestParam(defaultValue = "") String reference, RedirectAttributes redirect) {
        agreement(pages.project(siren, id), agreementId);
        return act(siren, id, agreementId, redirect, "agreement.deliberationRecorded",
                () -> agreements.recordDeliberation(agreementId, party, ProjectPages.date(on), reference, pages.user()));
    }

    @PostMapping("/territoires/{siren}/projets/{id}/conventions/{agreementId}/signature")
    String sign(@PathVariable String siren, @PathVariable long id, @PathVariable long agreementId,
            @RequestParam(defaultValue = "") String on, RedirectAttributes redirect) {
        agreement(pages.project(siren, id), agreementId);
        return act(siren, id, agreementId, redirect, "agreement.signedNotice",
                () -> agreements.sign(agreementId, ProjectPages.date(on), pages.user()));
    }

    @GetMapping("/territoires/{siren}/projets/{id}/conventions/{agreementId}/annexe.pdf")
    ResponseEntity<byte[]> annex(@PathVariable String siren, @PathVariable long id, @PathVariable long agreementId) {
        Project project = pages.project(siren, id);
        Agreement agreement = agreement(project, agreementId);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("annexe-financiere-" + agreementId + ".pdf").build().toString())
                .body(annex.pdf(agreement, project));
    }

    @GetMapping("/territoires/{siren}/projets/{id}/conventions/{agreementId}/annexe.ods")
    ResponseEntity<byte[]> annexSpreadsheet(@PathVariable String siren, @PathVariable long id,
            @PathVariable long agreementId) {
        Project project = pages.project(siren, id);
        Agreement agreement = agreement(project, agreementId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("annexe-financiere-" + agreementId + ".ods").build().toString())
                .body(annex.ods(agreement, project));
    }

    private String act(String siren, long id, long agreementId, RedirectAttributes redirect, String notice,
            Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RefusedOperation e) {
            if (e.reason() == RefusedOperation.Reason.FORBIDDEN) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN);
            }
            redirect.addFlashAttribute("problem", pages.text(e));
        }
        return "redirect:/territoires/" + siren + "/projets/" + id + "/conventions/" + agreementId;
    }

    private Agreement agreement(Project project, long agreementId) {
        return agreements.find(agreementId).filter(a -> a.projectId() == project.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Integer duration(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
