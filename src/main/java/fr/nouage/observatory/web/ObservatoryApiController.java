package fr.nouage.observatory.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;
import fr.nouage.account.CurrentUser;
import fr.nouage.observatory.BarometerAnswer;
import fr.nouage.observatory.BarometerResults;
import fr.nouage.observatory.Barometers;
import fr.nouage.observatory.Observatory;
import fr.nouage.observatory.ObservatoryException;
import fr.nouage.observatory.Overview;
import fr.nouage.observatory.Relation;
import fr.nouage.observatory.Threshold;
import fr.nouage.observatory.Vigilance;
import fr.nouage.platform.RefusedOperation.Reason;

/** The path, the alerts, the barometer and the cross-territory view in JSON. */
@RestController
class ObservatoryApiController {

    private final Observatory observatory;
    private final Vigilance vigilance;
    private final Barometers barometers;
    private final Overview overview;
    private final FactText text;

    ObservatoryApiController(Observatory observatory, Vigilance vigilance, Barometers barometers, Overview overview,
            FactText text) {
        this.observatory = observatory;
        this.vigilance = vigilance;
        this.barometers = barometers;
        this.overview = overview;
        this.text = text;
    }

    record EvidenceJson(String fact, Double value, String link) {
    }

    record ThresholdJson(Threshold key, String state, int score, List<EvidenceJson> evidence) {
    }

    record MaturityJson(LocalDate at, List<ThresholdJson> thresholds) {
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/maturity")
    MaturityJson maturity(@PathVariable String siren, @RequestParam(required = false) String at) {
        LocalDate day = day(at);
        List<ThresholdJson> thresholds = observatory.maturity(siren, day).stream().map(s -> new ThresholdJson(
                s.threshold(), s.state().name(), s.score(), s.evidence().stream()
                        .map(e -> new EvidenceJson(text.of(e.fact()), e.value(), e.fact().link())).toList()))
                .toList();
        return new MaturityJson(observatory.checkedDay(siren, day), thresholds);
    }

    record WatchJson(String key, LocalDate since, List<EvidenceJson> evidence, List<String> levers) {
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/vigilance")
    List<WatchJson> vigilance(@PathVariable String siren) {
        return vigilance.alerts(siren).stream().map(w -> new WatchJson(w.alert().name(), w.since(),
                w.facts().stream().map(f -> new EvidenceJson(text.of(f), null, f.link())).toList(),
                w.levers().stream().map(Enum::name).toList())).toList();
    }

    record AnswerJson(Map<Threshold, Integer> thresholds, Relation relation, Integer trust, Integer fear) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/barometer/answers")
    Map<String, Object> answer(@PathVariable String siren, @RequestBody AnswerJson answer) {
        barometers.answer(siren, CurrentUser.require(), new BarometerAnswer(
                answer.thresholds() == null ? Map.of() : answer.thresholds(), answer.relation(), answer.trust(),
                answer.fear()));
        return Map.of("recorded", true);
    }

    record BarometerJson(Long wave, boolean open, int respondents, int minimum, Map<Threshold, Double> perceived,
            Map<Relation, Integer> relations, Double trust, Double fear, Map<String, Map<Threshold, Double>> bySizeClass) {
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/barometer")
    BarometerJson barometer(@PathVariable String siren, @RequestParam(required = false) Long wave) {
        observatory.checkedDay(siren, null);
        BarometerResults r = (wave == null ? barometers.current(siren) : barometers.results(siren, wave)).orElse(null);
        if (r == null) {
            if (wave != null) {
                throw new ObservatoryException(Reason.NOT_FOUND, "observatory.barometer.error.wave");
            }
            return new BarometerJson(null, false, 0, barometers.minimum(), null, null, null, null, null);
        }
        return new BarometerJson(r.waveId(), r.open(), r.respondents(), r.minimum(), r.perceived(), r.relations(),
                r.trust(), r.fear(), r.bySizeClass());
    }

    record TerritoryJson(String siren, String name, Map<Threshold, String> thresholds, int alerts) {
    }

    @ApiAccess(Who.ACCOMPANYING)
    @GetMapping("/api/v1/observatory/territories")
    List<TerritoryJson> territories() {
        List<TerritoryJson> rows = new ArrayList<>();
        for (Overview.Row row : overview.rows(CurrentUser.require())) {
            Map<Threshold, String> states = new EnumMap<>(Threshold.class);
            row.states().forEach((t, s) -> states.put(t, s.name()));
            rows.add(new TerritoryJson(row.siren(), row.name(), states, row.alerts()));
        }
        return rows;
    }

    private static LocalDate day(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new ObservatoryException(Reason.INVALID, "observatory.error.date");
        }
    }

}
