package fr.nouage.territory.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.territory.Collectivity;
import fr.nouage.territory.CollectivityKind;
import fr.nouage.territory.SizeClass;
import fr.nouage.territory.Territories;
import fr.nouage.territory.TerritoryPeople;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** Territories and their collectivités in JSON. */
@RestController
@RequestMapping("/api/v1/territories")
class TerritoryApiController {

    private final Territories territories;
    private final TerritoryPeople people;

    TerritoryApiController(Territories territories, TerritoryPeople people) {
        this.territories = territories;
        this.people = people;
    }

    record TerritoryJson(String siren, String name, String kind, int population, int communeCount) {
    }

    record CollectivityJson(String siren, String inseeCode, String name, CollectivityKind kind, int population,
            SizeClass sizeClass) {
    }

    /** The territories the caller may see (every created territory for the admin and coordinator). */
    @ApiAccess(Who.SIGNED_IN)
    @GetMapping
    List<TerritoryJson> list() {
        var visible = people.visibleToCurrentUser().map(territories::withSirens).orElseGet(territories::all);
        return visible.stream()
                .map(t -> new TerritoryJson(t.siren(), t.name(), t.kind(), t.population(), t.communeCount())).toList();
    }

    /** The active collectivités of a territory, the EPCI first. */
    @ApiAccess(Who.TERRITORY)
    @GetMapping("/{siren}/collectivities")
    List<CollectivityJson> collectivities(@PathVariable String siren) {
        if (!territories.exists(siren)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territoryUnknown");
        }
        return territories.collectivities(siren).stream().filter(Collectivity::active)
                .map(c -> new CollectivityJson(c.siren(), c.inseeCode(), c.name(), c.kind(), c.population(),
                        c.sizeClass())).toList();
    }
}
