package fr.nouage.home.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import fr.nouage.account.CurrentUser;
import fr.nouage.home.WhatAwaits;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;
import fr.nouage.territory.TerritoryPeople;

/** The home page after sign-in: what awaits the user, then the territories they may open. */
@Controller
class HomeController {

    private final WhatAwaits awaits;
    private final Territories territories;
    private final TerritoryPeople people;

    HomeController(WhatAwaits awaits, Territories territories, TerritoryPeople people) {
        this.awaits = awaits;
        this.territories = territories;
        this.people = people;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Territory> visible = people.visibleToCurrentUser().map(territories::withSirens)
                .orElseGet(territories::all);
        model.addAttribute("territories", visible);
        model.addAttribute("board", awaits.of(CurrentUser.require()));
        return "home/home";
    }
}
