package fr.nouage.charter.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.charter.CharterAccess;
import fr.nouage.charter.CharterAdoptions;
import fr.nouage.charter.CharterException;
import fr.nouage.charter.CharterStatus;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.Charters;
import fr.nouage.charter.Theme;

/** One version of the charter: its articles, where its adoption stands, and its submission for adoption. */
@Controller
class VersionController {

    private final Charters charters;
    private final CharterAdoptions adoptions;
    private final CharterViews views;

    VersionController(Charters charters, CharterAdoptions adoptions, CharterViews views) {
        this.charters = charters;
        this.adoptions = adoptions;
        this.views = views;
    }

    @GetMapping("/territoires/{siren}/charte/versions/{number}")
    String show(@PathVariable String siren, @PathVariable int number, Model model) {
        return page(siren, number, model, null);
    }

    String page(String siren, int number, Model model, String error) {
        NouageUser user = CurrentUser.require();
        CharterVersion version = views.version(siren, number);
        model.addAttribute("territory", views.territory(siren));
        model.addAttribute("version", version);
        model.addAttribute("sections", views.sections(version));
        var rows = views.adoptionRows(version, adoptions.adoptions(version.id()), user);
        model.addAttribute("adopted", rows.stream().filter(r -> r.adoption() != null).count());
        model.addAttribute("members", rows.size());
        model.addAttribute("progress", adoptions.progress(version));
        boolean writer = CharterAccess.mayWrite(user, siren);
        model.addAttribute("mayPropose", writer && version.status() == CharterStatus.DRAFT);
        model.addAttribute("mayEdit", writer && version.status() == CharterStatus.DRAFT && version.number() == 1);
        model.addAttribute("themes", Theme.values());
        model.addAttribute("error", error);
        return "charter/version";
    }

    @PostMapping("/territoires/{siren}/charte/versions/{number}/proposition")
    String propose(@PathVariable String siren, @PathVariable int number, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            adoptions.propose(siren, number, CurrentUser.require());
            redirect.addFlashAttribute("notice", "charter.notice.proposed");
            return "redirect:/territoires/" + siren + "/charte/versions/" + number + "/adoption";
        } catch (CharterException e) {
            response.setStatus(e.status());
            return page(siren, number, model, views.message(e));
        }
    }
}
