package fr.nouage.territory.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.territory.Territories;
import fr.nouage.territory.geography.GeographyStore;

/** Admin page to create a territory from any EPCI of the official geography. */
@Controller
@RequestMapping("/admin/territoires")
class TerritoryAdminController {

    private static final int RESULTS = 30;

    private final Territories territories;
    private final GeographyStore geography;

    TerritoryAdminController(Territories territories, GeographyStore geography) {
        this.territories = territories;
        this.geography = geography;
    }

    @GetMapping
    String page(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
        String q = query.strip();
        model.addAttribute("query", q);
        model.addAttribute("choices", q.length() < 2 || q.length() > 100 ? java.util.List.of() : geography.search(q, RESULTS));
        model.addAttribute("territories", territories.all());
        return "territory/admin-territories";
    }

    @PostMapping
    String create(@RequestParam String siren, RedirectAttributes redirect) {
        try {
            territories.create(siren);
            redirect.addFlashAttribute("notice", "territory.created");
            return "redirect:/territoires/" + siren;
        } catch (Territories.TerritoryExistsException e) {
            return "redirect:/territoires/" + siren;
        } catch (Territories.UnknownEpciException e) {
            redirect.addFlashAttribute("alert", "territory.error.unknownEpci");
            return "redirect:/admin/territoires";
        }
    }
}
