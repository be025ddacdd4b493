package fr.nouage.territory.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.nouage.territory.Collectivity;
import fr.nouage.territory.ExperienceCard;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;
import fr.nouage.territory.TerritoryPeople;

/** The list of territories and each territory's page. */
@Controller
class TerritoryController {

    static final int CARD_FIELD_MAX = 2000;
    static final int CARD_ACHIEVEMENTS_MAX = 4000;

    private final Territories territories;
    private final TerritoryPeople people;

    TerritoryController(Territories territories, TerritoryPeople people) {
        this.territories = territories;
        this.people = people;
    }

    @GetMapping("/territoires/{siren}")
    String show(@PathVariable String siren, @RequestParam(name = "tri", required = false) String sort,
            @RequestParam(name = "ordre", required = false) String order,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Territory territory = territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        TerritoryPeople.Team team = people.team(siren);
        Map<String, List<String>> directors = team.directorsByCollectivity();
        List<Collectivity> collectivities = territories.collectivities(siren);
        List<CollectivityRow> rows = collectivities.stream().filter(Collectivity::active)
                .map(c -> new CollectivityRow(c, directors.getOrDefault(c.siren(), List.of()))).toList();
        model.addAttribute("table", CollectivityTable.of(siren, rows, sort, order));
        if (htmx != null) {
            return "territory/collectivities";
        }
        List<Collectivity> former = collectivities.stream().filter(c -> !c.active()).toList();
        model.addAttribute("territory", territory);
        model.addAttribute("facilitators", team.facilitators());
        model.addAttribute("directorCount", directors.values().stream().mapToInt(List::size).sum());
        model.addAttribute("formerCollectivities", former);
        model.addAttribute("mayEditCard", people.currentUserMayEditCard(siren));
        return "territory/show";
    }

    @GetMapping("/territoires/{siren}/fiche")
    String editCard(@PathVariable String siren, Model model) {
        Territory territory = editable(siren);
        model.addAttribute("territory", territory);
        model.addAttribute("card", territory.card());
        model.addAttribute("error", null);
        return "territory/card-form";
    }

    @PostMapping("/territoires/{siren}/fiche")
    String saveCard(@PathVariable String siren, @RequestParam(defaultValue = "") String profile,
            @RequestParam(defaultValue = "") String stake, @RequestParam(defaultValue = "") String achievements,
            Model model, RedirectAttributes redirect) {
        Territory territory = editable(siren);
        ExperienceCard card = new ExperienceCard(profile.strip(), stake.strip(), achievements.strip());
        if (card.profile().length() > CARD_FIELD_MAX || card.stake().length() > CARD_FIELD_MAX
                || card.achievements().length() > CARD_ACHIEVEMENTS_MAX) {
            model.addAttribute("territory", territory);
            model.addAttribute("card", card);
            model.addAttribute("error", "card.error.tooLong");
            return "territory/card-form";
        }
        territories.updateCard(siren, card);
        redirect.addFlashAttribute("notice", "card.saved");
        return "redirect:/territoires/" + siren;
    }

    private Territory editable(String siren) {
        Territory territory = territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!people.currentUserMayEditCard(siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return territory;
    }
}
