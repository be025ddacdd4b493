package fr.nouage.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.ExperienceCard;
import fr.nouage.territory.SizeClass;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** Creates the demonstration territories and accounts on start when the demo is on; idempotent. */
@Component
@Order(20)
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DemoProperties properties;
    private final Territories territories;
    private final Accounts accounts;
    private final MessageSource messages;
    private final DemoHistory history;

    DemoSeeder(DemoProperties properties, Territories territories, Accounts accounts, MessageSource messages,
            DemoHistory history) {
        this.history = history;
        this.properties = properties;
        this.territories = territories;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.enabled()) {
            return;
        }
        Properties cards = cards();
        List<PendingAccount> pending = new ArrayList<>();
        for (String siren : DemoTerritories.SIRENS) {
            Territory territory = territories.find(siren).orElseGet(() -> territories.create(siren));
            if (territory.card().isEmpty()) {
                territories.updateCard(siren, new ExperienceCard(cards.getProperty(siren + ".profile", ""),
                        cards.getProperty(siren + ".stake", ""), cards.getProperty(siren + ".achievements", "")));
            }
            for (Collectivity c : territories.collectivities(siren)) {
                if (c.isEpci()) {
                    pending.add(new PendingAccount(DemoTerritories.epciDirectorEmail(siren),
                            text("demo.name.epciDirector", c.name()), RoleAssignment.director(siren, c.siren())));
                } else {
                    String key = c.sizeClass().compareTo(SizeClass.FROM_3500_TO_9999) >= 0
                            ? "demo.name.communeDirector" : "demo.name.communeSecretary";
                    pending.add(new PendingAccount(DemoTerritories.directorEmail(c.inseeCode()), text(key, c.name()),
                            RoleAssignment.director(siren, c.siren())));
                }
            }
            pending.add(new PendingAccount(DemoTerritories.electedEmail(siren),
                    text("demo.name.elected", territory.name()), RoleAssignment.inTerritory(Role.ELECTED, siren)));
            pending.add(new PendingAccount(DemoTerritories.referentEmail(siren),
                    text("demo.name.referent", territory.name()), RoleAssignment.inTerritory(Role.REFERENT, siren)));
            pending.add(new PendingAccount(DemoTerritories.FACILITATOR_EMAIL, text("demo.name.facilitator"),
                    RoleAssignment.inTerritory(Role.FACILITATOR, siren)));
        }
        pending.add(new PendingAccount(DemoTerritories.COORDINATOR_EMAIL, text("demo.name.coordinator"),
                RoleAssignment.global(Role.COORDINATOR)));
        createMissing(pending);
        if (properties.history()) {
            history.writeMissing();
        }
    }

    private void createMissing(List<PendingAccount> pending) {
        // the accounts already there, read at once: on a restart nothing is created or hashed
        Map<String, Account> existing = new HashMap<>();
        accounts.all().forEach(a -> existing.put(a.email(), a));
        String shared = properties.password();
        List<PendingAccount> toCreate = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (PendingAccount p : pending) {
            if (!existing.containsKey(p.email()) && seen.add(p.email())) {
                toCreate.add(p);
            }
        }
        if (!toCreate.isEmpty() && shared != null && !shared.isBlank()) {
            accounts.createAllWithSamePassword(toCreate.stream().map(p -> new String[] {p.email(), p.name()}).toList(),
                    shared);
        } else {
            for (PendingAccount p : toCreate) {
                String password = randomPassword();
                accounts.createAllWithSamePassword(List.<String[]>of(new String[] {p.email(), p.name()}), password);
                log.info("Demo account {} created with password {}", p.email(), password);
            }
        }
        for (PendingAccount p : pending) {
            Account known = existing.get(p.email());
            if (known != null && known.roles().contains(p.role())) {
                continue;
            }
            accounts.findByEmail(p.email()).ifPresent(a -> accounts.assign(a.id(), p.role()));
        }
        if (!toCreate.isEmpty()) {
            log.info("Demo data ready: {} accounts created", toCreate.size());
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties cards() throws IOException {
        Properties cards = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/experience-cards.properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            cards.load(reader);
        }
        return cards;
    }

    private record PendingAccount(String email, String name, RoleAssignment role) {
    }
}
