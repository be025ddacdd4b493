package fr.nouage.network.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import fr.nouage.platform.ApiAccess;
import fr.nouage.platform.ApiAccess.Who;
import fr.nouage.account.CurrentUser;
import fr.nouage.network.Coverage;
import fr.nouage.network.Exchange;
import fr.nouage.network.ExchangeKind;
import fr.nouage.network.Exchanges;
import fr.nouage.network.Network;
import fr.nouage.network.NetworkException;
import fr.nouage.network.NetworkKind;
import fr.nouage.network.Networks;
import fr.nouage.network.Referent;
import fr.nouage.network.Referents;
import fr.nouage.platform.RefusedOperation.Reason;

/** Networks, referents, coverage and exchanges in JSON. */
@RestController
class NetworkApiController {

    private final Networks networks;
    private final Referents referents;
    private final Exchanges exchanges;

    NetworkApiController(Networks networks, Referents referents, Exchanges exchanges) {
        this.networks = networks;
        this.referents = referents;
        this.exchanges = exchanges;
    }

    record NetworkRequest(String name, NetworkKind kind, String purpose, String facilitator, Boolean preExisting,
            LocalDate startedOn, String channelUrl) {
    }

    record NetworkJson(long id, String territorySiren, String name, NetworkKind kind, String purpose, String facilitator,
            boolean preExisting, LocalDate startedOn, String channelUrl, Long bodyId) {
        static NetworkJson of(Network n) {
            return new NetworkJson(n.id(), n.territorySiren(), n.name(), n.kind(), n.purpose(), n.facilitator(),
                    n.preExisting(), n.startedOn(), n.channelUrl(), n.bodyId());
        }
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/networks")
    List<NetworkJson> list(@PathVariable String siren) {
        return networks.ofTerritory(siren).stream().map(NetworkJson::of).toList();
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/networks")
    ResponseEntity<NetworkJson> create(@PathVariable String siren, @RequestBody NetworkRequest r) {
        Network network = networks.create(siren, new Networks.NewNetwork(r.name(), r.kind(), r.purpose(), r.facilitator(),
                Boolean.TRUE.equals(r.preExisting()), r.startedOn(), r.channelUrl()), CurrentUser.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(NetworkJson.of(network));
    }

    record ReferentRequest(String email) {
    }

    record ReferentJson(long networkId, String collectivitySiren, String name, String email, boolean invited) {
    }

    @ApiAccess(Who.ORGANISERS)
    @PutMapping("/api/v1/networks/{id}/referents/{collectivitySiren}")
    ReferentJson nameReferent(@PathVariable long id, @PathVariable String collectivitySiren,
            @RequestBody(required = false) ReferentRequest request) {
        var user = CurrentUser.require();
        Network network = networks.find(id).filter(n -> user.canRead(n.territorySiren()))
                // another territory's network is answered exactly as a missing one
                .orElseThrow(() -> new NetworkException(Reason.NOT_FOUND, "network.error.unknown"));
        Referent r = referents.name(network.id(), collectivitySiren, request == null ? null : request.email(), user);
        return new ReferentJson(r.networkId(), r.collectivitySiren(), r.name(), r.email(), r.invited());
    }

    record CoverageJson(List<CoverageRow> networks, List<String> inNoNetwork) {
    }

    record CoverageRow(long id, String name, int covered, List<String> missing) {
    }

    @ApiAccess(Who.TERRITORY)
    @GetMapping("/api/v1/territories/{siren}/networks/coverage")
    CoverageJson coverage(@PathVariable String siren) {
        Coverage coverage = referents.coverage(siren);
        return new CoverageJson(coverage.rows().stream().map(r -> new CoverageRow(r.network().id(), r.network().name(),
                r.covered().size(), r.missing())).toList(), coverage.unrepresented().stream()
                        .map(fr.nouage.territory.Collectivity::siren).toList());
    }

    record ExchangeRequest(ExchangeKind kind, List<String> collectivities, LocalDate on, List<String> learnt) {
    }

    record ExchangeJson(long id, ExchangeKind kind, List<String> collectivities, LocalDate on, List<String> learnt) {
        static ExchangeJson of(Exchange e) {
            return new ExchangeJson(e.id(), e.kind(), List.of(e.firstSiren(), e.secondSiren()), e.on(),
                    java.util.Arrays.asList(e.firstLearnt(), e.secondLearnt()));
        }
    }

    @ApiAccess(Who.ORGANISERS)
    @PostMapping("/api/v1/territories/{siren}/exchanges")
    ResponseEntity<ExchangeJson> record(@PathVariable String siren, @RequestBody ExchangeRequest r) {
        List<String> pair = r.collectivities() == null ? List.of() : r.collectivities();
        if (pair.size() != 2) {
            throw new NetworkException(Reason.INVALID, "network.exchange.error.two");
        }
        List<String> learnt = r.learnt() == null ? List.of() : r.learnt();
        Exchange e = exchanges.record(siren, new Exchanges.NewExchange(r.kind(), pair.get(0), pair.get(1), r.on(),
                learnt.size() > 0 ? learnt.get(0) : null, learnt.size() > 1 ? learnt.get(1) : null), CurrentUser.require());
        return ResponseEntity.status(HttpStatus.CREATED).body(ExchangeJson.of(e));
    }
}
