package fr.nouage.charter.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.CurrentUser;
import fr.nouage.charter.Adoption;
import fr.nouage.charter.AdoptionProgress;
import fr.nouage.charter.Article;
import fr.nouage.charter.CharterAdoptions;
import fr.nouage.charter.CharterAmendments;
import fr.nouage.charter.CharterException;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.Charters;
import fr.nouage.territory.Territories;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** The charter versions, their articles and adoptions, in JSON. */
@RestController
class CharterApiController {

    private final Charters charters;
    private final CharterAdoptions adoptions;
    private final CharterAmendments amendments;
    private final Territories territories;

    CharterApiController(Charters charters, CharterAdoptions adoptions, CharterAmendments amendments,
            Territories territories) {
        this.charters = charters;
        this.adoptions = adoptions;
        this.amendments = amendments;
        this.territories = territories;
    }

    record AdoptionJson(String siren, Instant adoptedAt, String adoptedBy, String reference) {
        static AdoptionJson of(Adoption a) {
            return new AdoptionJson(a.collectivitySiren(), a.adoptedAt(), a.adoptedBy(), a.councilReference());
        }
    }

    record ArticleJson(String key, String theme, String title, String text, Map<String, String> rule) {
        static ArticleJson of(Article a) {
            Map<String, String> rule = new LinkedHashMap<>();
            a.rule().values().forEach((p, v) -> rule.put(p.key(), v));
            return new ArticleJson(a.key(), a.theme().name(), a.title(), a.text(), rule);
        }
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/charter/versions")
    List<Map<String, Object>> versions(@PathVariable String siren) {
        requireTerritory(siren);
        return charters.versions(siren).stream().map(this::summary).toList();
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/charter/versions/{number}")
    Map<String, Object> version(@PathVariable String siren, @PathVariable int number) {
        requireTerritory(siren);
        CharterVersion version = charters.version(siren, number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "charter.error.unknownVersion"));
        Map<String, Object> json = summary(version);
        json.put("articles", charters.articles(version.id()).stream().map(ArticleJson::of).toList());
        return json;
    }

    record AmendmentJson(long id, String articleKey, String title, String text, Map<String, String> rule,
            String status, Long meetingId, Long agendaItemId, String proposedBy, String proposedForSiren,
            Instant proposedAt, Instant decidedAt, Integer resultVersion) {
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/charter/amendments")
    List<AmendmentJson> amendments(@PathVariable String siren) {
        requireTerritory(siren);
        return amendments.ofTerritory(siren).stream().map(a -> {
            Map<String, String> rule = new LinkedHashMap<>();
            a.newRule().values().forEach((p, v) -> rule.put(p.key(), v));
            Integer result = a.resultVersionId() == null ? null
                    : charters.versionWithId(a.resultVersionId()).map(CharterVersion::number).orElse(null);
            return new AmendmentJson(a.id(), a.articleKey(), a.newTitle(), a.newText(), rule, a.status().name(),
                    a.meetingId(), a.agendaItemId(), a.proposedBy(), a.proposedForSiren(), a.proposedAt(),
                    a.decidedAt(), result);
        }).toList();
    }

    record AdoptionRequest(String collectivitySiren, String councilReference) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/charter/versions/{number}/adoptions")
    ResponseEntity<Map<String, Object>> adopt(@PathVariable String siren, @PathVariable int number,
            @RequestBody AdoptionRequest request) {
        requireTerritory(siren);
        CharterAdoptions.Adopted adopted = adoptions.adopt(siren, number, request.collectivitySiren(),
                request.councilReference(), CurrentUser.require());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("adoption", AdoptionJson.of(adopted.adoption()));
        json.put("inForce", adopted.inForce());
        return ResponseEntity.status(HttpStatus.CREATED).body(json);
    }

    private Map<String, Object> summary(CharterVersion v) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("number", v.number());
        json.put("status", v.status());
        json.put("title", v.title());
        json.put("createdAt", v.createdAt());
        json.put("proposedAt", v.proposedAt());
        json.put("inForceAt", v.inForceAt());
        json.put("supersededAt", v.supersededAt());
        json.put("adoptions", adoptions.adoptions(v.id()).stream().map(AdoptionJson::of).toList());
        AdoptionProgress progress = adoptions.progress(v);
        json.put("adoptionRule", progress.rule());
        Map<String, Object> threshold = new LinkedHashMap<>();
        threshold.put("members", progress.members());
        threshold.put("adopted", progress.adopted());
        threshold.put("needed", progress.needed());
        if (progress.weighsPopulation()) {
            threshold.put("population", progress.population());
            threshold.put("adoptedPopulation", progress.adoptedPopulation());
            threshold.put("neededPopulation", progress.neededPopulation());
        }
        threshold.put("met", progress.met());
        json.put("adoptionThreshold", threshold);
        return json;
    }

    private void requireTerritory(String siren) {
        if (!territories.exists(siren)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territoryUnknown");
        }
    }
}
