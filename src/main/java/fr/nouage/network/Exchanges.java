package fr.nouage.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.network.internal.ExchangeRepository;
import fr.nouage.platform.DateRange;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** The exchanges between people of two collectivités of a territory: Vis ma vie, visits, pairings. */
@Service
public class Exchanges {

    private final ExchangeRepository exchanges;
    private final Territories territories;
    private final Networks networks;
    private final Clock clock;

    Exchanges(ExchangeRepository exchanges, Territories territories, Networks networks, Clock clock) {
        this.exchanges = exchanges;
        this.territories = territories;
        this.networks = networks;
        this.clock = clock;
    }

    /** What is typed to record an exchange. */
    public record NewExchange(ExchangeKind kind, String firstSiren, String secondSiren, LocalDate on,
            String firstLearnt, String secondLearnt) {
    }

    /**
     * Records an exchange.
     *
     * @throws NetworkException FORBIDDEN for a user who is no director of the territory nor its
     *                          facilitator; INVALID for a missing kind or date, a date outside
     *                          2000–2100, a collectivité with itself or one outside the territory
     */
    @Transactional
    public Exchange record(String territorySiren, NewExchange e, NouageUser user) {
        if (!NetworkAccess.mayCreate(user, territorySiren)) {
            throw new NetworkException(Reason.FORBIDDEN, "network.error.forbidden");
        }
        if (e.kind() == null) {
            throw new NetworkException(Reason.INVALID, "network.exchange.error.kind");
        }
        if (e.on() == null) {
            throw new NetworkException(Reason.INVALID, "network.exchange.error.date");
        }
        DateRange.require(e.on(), NetworkException::invalid);
        Map<String, Collectivity> members = territories.collectivities(territorySiren).stream()
                .filter(Collectivity::active).collect(Collectors.toMap(Collectivity::siren, Function.identity()));
        if (e.firstSiren() == null || e.secondSiren() == null || !members.containsKey(e.firstSiren())
                || !members.containsKey(e.secondSiren())) {
            throw new NetworkException(Reason.INVALID, "network.exchange.error.outside");
        }
        if (e.firstSiren().equals(e.secondSiren())) {
            throw new NetworkException(Reason.INVALID, "network.exchange.error.itself");
        }
        long id = exchanges.insert(new Exchange(0, territorySiren, e.kind(), e.firstSiren(), e.secondSiren(), e.on(),
                Networks.optional(e.firstLearnt(), Networks.TEXT_MAX, "network.exchange.error.learnt"),
                Networks.optional(e.secondLearnt(), Networks.TEXT_MAX, "network.exchange.error.learnt")),
                user.displayName(), clock.instant());
        networks.changed(territorySiren, null, members.get(e.firstSiren()).name() + " · "
                + members.get(e.secondSiren()).name(), "network.change.exchange", user);
        return exchanges.between(territorySiren, e.on(), e.on().plusDays(1)).stream().filter(x -> x.id() == id)
                .findFirst().orElseThrow();
    }

    /** The exchanges of a territory in {@code [from, toExclusive)}, latest first. */
    public List<Exchange> between(String territorySiren, LocalDate from, LocalDate toExclusive) {
        return exchanges.between(territorySiren, from, toExclusive);
    }
}
