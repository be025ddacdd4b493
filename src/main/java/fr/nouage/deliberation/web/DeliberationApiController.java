package fr.nouage.deliberation.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.platform.DateRange;
import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.deliberation.Decision;
import fr.nouage.deliberation.DeliberationException;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.deliberation.Parity;
import fr.nouage.deliberation.ParityReport;
import fr.nouage.deliberation.Position;
import fr.nouage.deliberation.Stance;
import fr.nouage.territory.Territories;
import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;

/** Positions, decisions and parity figures in JSON. */
@RestController
class DeliberationApiController {


    private final Deliberations deliberations;
    private final Parity parity;
    private final Territories territories;

    DeliberationApiController(Deliberations deliberations, Parity parity, Territories territories) {
        this.deliberations = deliberations;
        this.parity = parity;
        this.territories = territories;
    }

    record PositionRequest(String collectivitySiren, Stance stance, String argument) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/items/{id}/positions")
    ResponseEntity<Position> express(@PathVariable long id, @RequestBody PositionRequest request) {
        NouageUser user = CurrentUser.require();
        deliberations.readableItem(id, user);
        var expressed = deliberations.express(id, request.collectivitySiren(), request.stance(), request.argument(), user);
        return ResponseEntity.status(expressed.replaced() ? HttpStatus.OK : HttpStatus.CREATED).body(expressed.position());
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/items/{id}/positions")
    Map<String, Object> positions(@PathVariable long id) {
        NouageUser user = CurrentUser.require();
        deliberations.readableItem(id, user);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("positions", deliberations.positions(id));
        json.put("history", deliberations.history(id));
        json.put("amendments", deliberations.amendments(id));
        json.put("decision", deliberations.decision(id).map(DeliberationApiController::decisionJson).orElse(null));
        return json;
    }

    record AnswerRequest(String text) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/items/{id}/objections/{positionId}/answer")
    ResponseEntity<Void> answer(@PathVariable long id, @PathVariable long positionId, @RequestBody AnswerRequest request) {
        NouageUser user = CurrentUser.require();
        deliberations.readableItem(id, user);
        deliberations.answerObjection(id, positionId, request.text(), user);
        return ResponseEntity.noContent().build();
    }

    record WithdrawRequest(String collectivitySiren, Stance stance, String argument) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/items/{id}/objections/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody WithdrawRequest request) {
        NouageUser user = CurrentUser.require();
        deliberations.readableItem(id, user);
        deliberations.withdrawObjection(id, request.collectivitySiren(), request.stance(), request.argument(), user);
        return ResponseEntity.noContent().build();
    }

    record DecisionRequest(String statement, LocalDate reviewOn) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/items/{id}/decision")
    Map<String, Object> decide(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        NouageUser user = CurrentUser.require();
        deliberations.readableItem(id, user);
        Decision decision = deliberations.decide(id, request == null ? null : request.statement(),
                request == null ? null : request.reviewOn(), user);
        return decisionJson(decision);
    }

    static Map<String, Object> decisionJson(Decision d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("itemId", d.itemId());
        json.put("mode", d.mode());
        json.put("outcome", d.outcome());
        json.put("positions", d.counts());
        json.put("present", d.present());
        json.put("quorum", d.quorum());
        json.put("statement", d.statement());
        json.put("reviewOn", d.reviewOn());
        json.put("decidedAt", d.decidedAt());
        return json;
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/parity")
    ParityReport parity(@PathVariable String siren,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!territories.exists(siren)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "api.error.territoryUnknown");
        }
        if (!DateRange.contains(from) || !DateRange.contains(to)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, DateRange.MESSAGE_KEY);
        }
        LocalDate end = to == null ? LocalDate.now(PARIS) : to;
        LocalDate start = from == null ? end.minusYears(1) : from;
        if (start.isAfter(end)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "parity.error.period");
        }
        return parity.compute(siren, start, end);
    }

}
