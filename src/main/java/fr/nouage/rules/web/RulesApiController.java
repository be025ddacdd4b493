package fr.nouage.rules.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.platform.DateRange;
import fr.nouage.rules.ActiveRules;
import fr.nouage.rules.Rules;
import fr.nouage.territory.Territories;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** The rules in force for a territory's collective, in JSON. */
@RestController
class RulesApiController {


    private final Rules rules;
    private final Territories territories;

    RulesApiController(Rules rules, Territories territories) {
        this.rules = rules;
        this.territories = territories;
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/rules")
    Map<String, Object> rules(@PathVariable String siren,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        if (!territories.exists(siren)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territoryUnknown");
        }
        if (!DateRange.contains(at)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, DateRange.MESSAGE_KEY);
        }
        ActiveRules rules = this.rules.rulesAt(siren, at == null ? LocalDate.now(PARIS) : at);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("charterVersion", rules.charterVersion());
        json.put("agendaLeadHours", rules.agendaLeadHours());
        json.put("upstreamWindowDays", List.of(rules.upstreamWindowFromDays(), rules.upstreamWindowToDays()));
        json.put("decisionMode", rules.decisionMode());
        json.put("quorumPercent", rules.quorumPercent());
        json.put("rotation", rules.rotation());
        json.put("minutesWithinDays", rules.minutesWithinDays());
        json.put("minutesToElected", rules.minutesToElected());
        json.put("reflexiveEveryMonths", rules.reflexiveEveryMonths());
        json.put("yearlySeminar", rules.yearlySeminar());
        json.put("adoptionRule", rules.adoptionRule());
        return json;
    }
}
