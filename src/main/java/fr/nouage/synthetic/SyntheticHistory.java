package fr.nouage.synthetic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** Fills the database with synthetic history when {@code nouage.synthetic.profile} is set; idempotent. */
@Component
@Order(30)
class SyntheticHistory implements ApplicationRunner {

    static final List<String> DEMO = List.of("244400552", "248500530", "244400503", "248500662");
    private static final Logger log = LoggerFactory.getLogger(SyntheticHistory.class);

    private final SyntheticProperties properties;
    private final Territories territories;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ConfigurableApplicationContext context;
    private final Clock clock;
    private final MessageSource messages;

    SyntheticHistory(SyntheticProperties properties, Territories territories, Accounts accounts, JdbcTemplate jdbc,
            TransactionTemplate transactions, ConfigurableApplicationContext context, Clock clock,
            MessageSource messages) {
        this.messages = messages;
        this.properties = properties;
        this.territories = territories;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.context = context;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        String profile = properties.profile();
        if (profile == null || profile.isBlank()) {
            return;
        }
        List<String> sirens = switch (profile) {
            case "demo" -> DEMO;
            case "large-territory" -> List.of(SyntheticProperties.LARGE_TERRITORY);
            case "national" -> jdbc.queryForList("select siren from geo_epci order by siren", String.class);
            default -> throw new IllegalArgumentException("unknown synthetic profile " + profile);
        };
        Instant started = Instant.now();
        int created = territories.createAll(sirens);
        log.info("Synthetic {}: {} territories created in {} ms", profile, created,
                Duration.between(started, Instant.now()).toMillis());
        // hashed once, at the generator's bcrypt cost (see SyntheticProperties#passwordCost)
        String password = "{bcrypt}" + new BCryptPasswordEncoder(properties.passwordCost()).encode(properties.password());
        int directors = accounts.ensureDirectors(sirens, SyntheticAccounts.DOMAIN, password);
        int others = accounts.ensureAll(people(sirens), password);
        log.info("Synthetic {}: {} director accounts and {} élu, facilitator and coordinator accounts created", profile,
                directors, others);
        Instant historyStart = Instant.now();
        long rows = transactions.execute(status -> writeHistory(sirens));
        log.info("Synthetic {}: {} rows of history ({} years) written in {} ms", profile, rows,
                properties.yearsOrDefault(), Duration.between(historyStart, Instant.now()).toMillis());
        if (properties.exitWhenDone()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** One élu per territory, one facilitator per group of territories, one coordinator (see {@link SyntheticAccounts}). */
    private List<Accounts.BulkAccount> people(List<String> sirens) {
        Map<String, String> names = new HashMap<>();
        territories.withSirens(sirens).forEach(t -> names.put(t.siren(), t.name()));
        List<Accounts.BulkAccount> people = new ArrayList<>();
        Map<String, List<RoleAssignment>> facilitated = new LinkedHashMap<>();
        List<String> ordered = sirens.stream().sorted().toList();
        for (int i = 0; i < ordered.size(); i++) {
            String siren = ordered.get(i);
            people.add(new Accounts.BulkAccount(SyntheticAccounts.elected(siren),
                    text("demo.name.elected", names.getOrDefault(siren, siren)),
                    List.of(RoleAssignment.inTerritory(Role.ELECTED, siren))));
            facilitated.computeIfAbsent(SyntheticAccounts.facilitatorOf(i), k -> new ArrayList<>())
                    .add(RoleAssignment.inTerritory(Role.FACILITATOR, siren));
        }
        int n = 1;
        for (Map.Entry<String, List<RoleAssignment>> f : facilitated.entrySet()) {
            people.add(new Accounts.BulkAccount(f.getKey(), text("synthetic.name.facilitator", n++), f.getValue()));
        }
        people.add(new Accounts.BulkAccount(SyntheticAccounts.COORDINATOR, text("demo.name.coordinator"),
                List.of(RoleAssignment.global(Role.COORDINATOR))));
        return people;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    private long writeHistory(List<String> sirens) {
        Set<String> withMeetings = new HashSet<>(jdbc.queryForList("select distinct territory_siren from meeting", String.class));
        java.util.Map<String, Long> bodies = new java.util.HashMap<>();
        jdbc.query("select standard_key, id from body where standard_key is not null",
                rs -> {
                    bodies.put(rs.getString(1), rs.getLong(2));
                });
        // the members convened to each territory's meetings: its directors and its facilitator
        Map<String, List<HistoryWriter.Convened>> convened = new HashMap<>();
        jdbc.query("""
                select distinct r.territory_siren, a.id, a.email from role_assignment r join account a on a.id = r.account_id
                where r.role in ('DIRECTOR', 'FACILITATOR') and a.enabled order by a.id""", rs -> {
            convened.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                    .add(new HistoryWriter.Convened(rs.getLong(2), rs.getString(3)));
        });
        IdBatches out = new IdBatches(jdbc);
        HistoryWriter.declareTables(out);
        Instant now = clock.instant();
        for (String siren : sirens) {
            if (withMeetings.contains(siren)) {
                continue;
            }
            Territory territory = territories.find(siren).orElseThrow();
            List<Collectivity> members = territories.collectivities(siren).stream().filter(Collectivity::active).toList();
            new HistoryWriter(out, properties.seed(), siren, now, bodies).write(siren, territory.name(), members,
                    properties.yearsOrDefault(), properties.meetingsPerYear(), properties.itemsPerMeeting(),
                    convened.getOrDefault(siren, List.of()));
        }
        out.flushAll();
        out.restartIdentities();
        return out.rowsWritten();
    }
}
