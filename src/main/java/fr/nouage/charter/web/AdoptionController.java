package fr.nouage.charter.web;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.charter.CharterAdoptions;
import fr.nouage.charter.CharterException;
import fr.nouage.charter.CharterVersion;

/** Who has and has not adopted a version yet, and the adoption by a collectivité's director. */
@Controller
class AdoptionController {

    private final CharterAdoptions adoptions;
    private final CharterViews views;

    AdoptionController(CharterAdoptions adoptions, CharterViews views) {
        this.adoptions = adoptions;
        this.views = views;
    }

    @GetMapping("/territoires/{siren}/charte/versions/{number}/adoption")
    String show(@PathVariable String siren, @PathVariable int number, Model model) {
        return page(siren, number, model, null);
    }

    private String page(String siren, int number, Model model, String error) {
        NouageUser user = CurrentUser.require();
        CharterVersion version = views.version(siren, number);
        List<AdoptionRow> rows = views.adoptionRows(version, adoptions.adoptions(version.id()), user);
        model.addAttribute("territory", views.territory(siren));
        model.addAttribute("version", version);
        model.addAttribute("done", rows.stream().filter(r -> r.adoption() != null).toList());
        model.addAttribute("waiting", rows.stream().filter(r -> r.adoption() == null).toList());
        model.addAttribute("mine", rows.stream().filter(AdoptionRow::mayAdopt).toList());
        model.addAttribute("progress", adoptions.progress(version));
        model.addAttribute("error", error);
        return "charter/adoption";
    }

    @PostMapping("/territoires/{siren}/charte/versions/{number}/adoption")
    String adopt(@PathVariable String siren, @PathVariable int number, @RequestParam String collectivite,
            @RequestParam(required = false) String reference, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            CharterAdoptions.Adopted adopted = adoptions.adopt(siren, number, collectivite, reference,
                    CurrentUser.require());
            redirect.addFlashAttribute("notice", adopted.inForce() ? "charter.notice.inForce" : "charter.notice.adopted");
            return "redirect:/territoires/" + siren + "/charte/versions/" + number + "/adoption";
        } catch (CharterException e) {
            response.setStatus(e.status());
            return page(siren, number, model, views.message(e));
        }
    }
}
