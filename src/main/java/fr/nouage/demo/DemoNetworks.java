package fr.nouage.demo;

import static fr.nouage.platform.DateFormats.PARIS;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.network.ExchangeKind;
import fr.nouage.network.Exchanges;
import fr.nouage.network.Network;
import fr.nouage.network.NetworkKind;
import fr.nouage.network.Networks;
import fr.nouage.network.Referents;
import fr.nouage.platform.RefusedOperation;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Gives each demonstration territory three networks with referents in part of its collectivités (the
 * directors' own accounts), and the Achards their exchanges (texts in {@code demo/networks.properties});
 * only when the demo is on, and only for a territory that has no network yet.
 */
@Component
@Order(35)
class DemoNetworks implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoNetworks.class);

    private final DemoProperties properties;
    private final Territories territories;
    private final Accounts accounts;
    private final Networks networks;
    private final Referents referents;
    private final Exchanges exchanges;
    private final Clock clock;

    DemoNetworks(DemoProperties properties, Territories territories, Accounts accounts, Networks networks,
            Referents referents, Exchanges exchanges, Clock clock) {
        this.properties = properties;
        this.territories = territories;
        this.accounts = accounts;
        this.networks = networks;
        this.referents = referents;
        this.exchanges = exchanges;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.enabled()) {
            return;
        }
        NouageUser facilitator = accounts.findByEmail(DemoTerritories.FACILITATOR_EMAIL)
                .map(a -> new NouageUser(a.id(), a.email(), a.displayName(), a.roles())).orElse(null);
        if (facilitator == null) {
            return;
        }
        Properties texts = texts();
        for (String siren : DemoTerritories.SIRENS) {
            if (!territories.exists(siren) || !networks.ofTerritory(siren).isEmpty()) {
                continue;
            }
            List<Collectivity> communes = territories.collectivities(siren).stream()
                    .filter(c -> !c.isEpci() && c.active()).toList();
            try {
                for (int n = 1; n <= Integer.parseInt(texts.getProperty("network.count")); n++) {
                    create(siren, "network." + n + ".", texts, communes, facilitator);
                }
                record(siren, texts, communes, facilitator);
            } catch (RefusedOperation e) {
                log.warn("Demo networks of {} not all created: {}", siren, e.messageKey());
            }
            log.info("Demo networks of {} created", siren);
        }
    }

    private void create(String siren, String prefix, Properties texts, List<Collectivity> communes, NouageUser user) {
        String started = texts.getProperty(prefix + "startedOn");
        Network network = networks.create(siren, new Networks.NewNetwork(texts.getProperty(prefix + "name"),
                NetworkKind.valueOf(texts.getProperty(prefix + "kind")), texts.getProperty(prefix + "purpose"),
                texts.getProperty(prefix + "facilitator"), Boolean.parseBoolean(texts.getProperty(prefix + "preExisting")),
                started == null ? null : LocalDate.parse(started), null), user);
        for (String item : texts.getProperty(prefix + "referents").split(",")) {
            String email;
            if (item.equals("epci")) {
                email = DemoTerritories.epciDirectorEmail(siren);
            } else if (Integer.parseInt(item) < communes.size()) {
                email = DemoTerritories.directorEmail(communes.get(Integer.parseInt(item)).inseeCode());
            } else {
                continue;
            }
            String collectivity = item.equals("epci") ? siren : communes.get(Integer.parseInt(item)).siren();
            referents.name(network.id(), collectivity, email, user);
        }
    }

    private void record(String siren, Properties texts, List<Collectivity> communes, NouageUser user) {
        int count = Integer.parseInt(texts.getProperty("exchange." + siren + ".count", "0"));
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        for (int n = 1; n <= count; n++) {
            String prefix = "exchange." + siren + "." + n + ".";
            exchanges.record(siren, new Exchanges.NewExchange(ExchangeKind.valueOf(texts.getProperty(prefix + "kind")),
                    communes.get(Integer.parseInt(texts.getProperty(prefix + "first"))).siren(),
                    communes.get(Integer.parseInt(texts.getProperty(prefix + "second"))).siren(),
                    today.minusDays(Long.parseLong(texts.getProperty(prefix + "daysAgo"))),
                    texts.getProperty(prefix + "firstLearnt"), texts.getProperty(prefix + "secondLearnt")), user);
        }
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/networks.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
