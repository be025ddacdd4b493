package fr.nouage.charter.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.charter.AmendmentStatus;
import fr.nouage.charter.CharterAccess;
import fr.nouage.charter.CharterAmendments;
import fr.nouage.charter.CharterException;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.Charters;
import fr.nouage.rules.ActiveRules;

/** The charter in force, the list of versions, starting a charter and the exports. */
@Controller
class CharterController {

    static final long IMPORT_MAX_BYTES = 200_000;

    private final Charters charters;
    private final CharterAmendments amendments;
    private final CharterViews views;
    CharterController(Charters charters, CharterAmendments amendments, CharterViews views) {
        this.charters = charters;
        this.amendments = amendments;
        this.views = views;
    }

    @GetMapping("/territoires/{siren}/charte")
    String current(@PathVariable String siren, Model model) {
        return currentPage(siren, model, null);
    }

    private String currentPage(String siren, Model model, String error) {
        NouageUser user = CurrentUser.require();
        model.addAttribute("territory", views.territory(siren));
        Optional<CharterVersion> inForce = charters.inForce(siren);
        model.addAttribute("inForce", inForce.orElse(null));
        model.addAttribute("sections", inForce.map(views::sections).orElse(List.of()));
        ActiveRules active = inForce.map(charters::rulesOf).orElseGet(ActiveRules::defaults);
        model.addAttribute("ruleRows", views.rows(active));
        model.addAttribute("versions", charters.versions(siren));
        model.addAttribute("mayWrite", CharterAccess.mayWrite(user, siren));
        model.addAttribute("mayAmend", CharterAccess.mayAmend(user, siren) && inForce.isPresent());
        model.addAttribute("openAmendments", amendments.ofTerritory(siren).stream()
                .filter(a -> a.status() == AmendmentStatus.PROPOSED).count());
        model.addAttribute("error", error);
        return "charter/charter";
    }

    @PostMapping("/territoires/{siren}/charte/nouvelle")
    String start(@PathVariable String siren, @RequestParam(defaultValue = "modele") String source, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            CharterVersion version = charters.start(siren, !"vierge".equals(source), CurrentUser.require());
            redirect.addFlashAttribute("notice", "charter.notice.started");
            return "redirect:/territoires/" + siren + "/charte/versions/" + version.number();
        } catch (CharterException e) {
            response.setStatus(e.status());
            return currentPage(siren, model, views.message(e));
        }
    }

    @PostMapping("/territoires/{siren}/charte/import")
    String importMarkdown(@PathVariable String siren, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String markdown, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        String text = markdown;
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > IMPORT_MAX_BYTES) {
                response.setStatus(400);
                return currentPage(siren, model, views.t("charter.error.import.empty"));
            }
            text = new String(file.getBytes(), StandardCharsets.UTF_8);
        }
        try {
            CharterVersion version = charters.importMarkdown(siren, text, CurrentUser.require());
            redirect.addFlashAttribute("notice", "charter.notice.imported");
            return "redirect:/territoires/" + siren + "/charte/versions/" + version.number();
        } catch (CharterException e) {
            response.setStatus(e.status());
            return currentPage(siren, model, views.message(e));
        }
    }

    @GetMapping("/territoires/{siren}/charte/versions")
    String versions(@PathVariable String siren, Model model) {
        model.addAttribute("territory", views.territory(siren));
        model.addAttribute("versions", charters.versions(siren));
        return "charter/versions";
    }

    @GetMapping("/territoires/{siren}/charte/versions/{number}/ecarts")
    String diff(@PathVariable String siren, @PathVariable int number, Model model) {
        CharterVersion version = views.version(siren, number);
        model.addAttribute("territory", views.territory(siren));
        model.addAttribute("version", version);
        model.addAttribute("diffs", charters.diffWithPrevious(version));
        model.addAttribute("ruleChanges", RuleChange.between(
                charters.version(siren, number - 1).map(this::rulesOrNull).orElse(null), rulesOrNull(version), views));
        return "charter/diff";
    }

    private ActiveRules rulesOrNull(CharterVersion version) {
        try {
            return charters.rulesOf(version);
        } catch (CharterException e) {
            return null;
        }
    }

    @GetMapping("/territoires/{siren}/charte/versions/{number}/export.md")
    ResponseEntity<byte[]> markdown(@PathVariable String siren, @PathVariable int number) {
        CharterVersion version = views.version(siren, number);
        return download(charters.markdown(version).getBytes(StandardCharsets.UTF_8),
                MediaType.parseMediaType("text/markdown;charset=UTF-8"), version, "md");
    }

    @GetMapping("/territoires/{siren}/charte/versions/{number}/export.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String siren, @PathVariable int number) {
        CharterVersion version = views.version(siren, number);
        return download(charters.pdf(version), MediaType.APPLICATION_PDF, version, "pdf");
    }

    @GetMapping("/territoires/{siren}/charte/versions/{number}/export.odt")
    ResponseEntity<byte[]> odt(@PathVariable String siren, @PathVariable int number) {
        CharterVersion version = views.version(siren, number);
        return download(charters.odt(version), MediaType.parseMediaType("application/vnd.oasis.opendocument.text"),
                version, "odt");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, CharterVersion version, String ext) {
        String name = "charte-" + version.territorySiren() + "-v" + version.number() + "." + ext;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
