package fr.nouage.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation;
import fr.nouage.project.AgreementKind;
import fr.nouage.project.Agreements;
import fr.nouage.project.FinancingKey;
import fr.nouage.project.KeyBasis;
import fr.nouage.project.Phase;
import fr.nouage.project.Pilotage;
import fr.nouage.project.Project;
import fr.nouage.project.Projects;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Gives each demonstration territory a few shared projects in different phases and pilotage modes,
 * some with a convention (texts in {@code demo/projects.properties}); only when the demo is on, and
 * only for a territory that has no project yet.
 */
@Component
@Order(30)
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private final DemoProperties properties;
    private final Territories territories;
    private final Accounts accounts;
    private final Projects projects;
    private final Agreements agreements;

    DemoProjects(DemoProperties properties, Territories territories, Accounts accounts, Projects projects,
            Agreements agreements) {
        this.properties = properties;
        this.territories = territories;
        this.accounts = accounts;
        this.projects = projects;
        this.agreements = agreements;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.enabled()) {
            return;
        }
        Properties texts = texts();
        for (String siren : DemoTerritories.SIRENS) {
            if (!territories.exists(siren) || !projects.ofTerritory(siren).isEmpty()) {
                continue;
            }
            NouageUser director = accounts.findByEmail(DemoTerritories.epciDirectorEmail(siren)).map(DemoProjects::user)
                    .orElse(null);
            if (director == null) {
                continue;
            }
            List<Collectivity> communes = territories.collectivities(siren).stream()
                    .filter(c -> !c.isEpci() && c.active()).toList();
            int count = Integer.parseInt(texts.getProperty(siren + ".count", "0"));
            for (int n = 1; n <= count; n++) {
                try {
                    create(siren, siren + "." + n + ".", texts, communes, director);
                } catch (RefusedOperation e) {
                    log.warn("Demo project {}.{} not created: {}", siren, n, e.messageKey());
                }
            }
            log.info("Demo projects of {} created", siren);
        }
    }

    private void create(String siren, String prefix, Properties texts, List<Collectivity> communes, NouageUser director) {
        Project project = projects.create(siren, new Projects.NewProject(texts.getProperty(prefix + "title"),
                texts.getProperty(prefix + "purpose"), texts.getProperty(prefix + "policy"),
                texts.getProperty(prefix + "users"), Pilotage.valueOf(texts.getProperty(prefix + "pilotage")),
                Phase.valueOf(texts.getProperty(prefix + "phase")), sirens(texts.getProperty(prefix + "leads"), siren, communes),
                sirens(texts.getProperty(prefix + "members", ""), siren, communes), null, null, List.of()), director);
        String agreement = texts.getProperty(prefix + "agreement.title");
        NouageUser lead = leadDirector(project.leads().get(0), siren).orElse(director);
        if (agreement != null) {
            Map<KeyBasis, Integer> weights = new EnumMap<>(KeyBasis.class);
            for (String part : texts.getProperty(prefix + "agreement.key").split(",")) {
                String[] basis = part.split(":");
                weights.put(KeyBasis.valueOf(basis[0]), Integer.parseInt(basis[1]));
            }
            agreements.create(project.id(), new Agreements.NewAgreement(agreement,
                    AgreementKind.valueOf(texts.getProperty(prefix + "agreement.kind")), null, 36, null,
                    new Agreements.Split(texts.getProperty(prefix + "agreement.amount"), project.members(), Map.of()),
                    new FinancingKey(weights)), lead);
        }
    }

    private static List<String> sirens(String list, String epci, List<Collectivity> communes) {
        List<String> result = new ArrayList<>();
        for (String item : list.split(",")) {
            String name = item.strip();
            if (name.isEmpty()) {
                continue;
            }
            result.add(name.equals("epci") ? epci : name.startsWith("commune:")
                    ? communes.get(Integer.parseInt(name.substring(8))).siren() : name);
        }
        return result;
    }

    /** The demo director of a lead collectivité. */
    private java.util.Optional<NouageUser> leadDirector(String lead, String epci) {
        String email = lead.equals(epci) ? DemoTerritories.epciDirectorEmail(epci)
                : territories.collectivity(lead).map(c -> DemoTerritories.directorEmail(c.inseeCode())).orElse("");
        return accounts.findByEmail(email).map(DemoProjects::user);
    }

    private static NouageUser user(Account account) {
        return new NouageUser(account.id(), account.email(), account.displayName(), account.roles());
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/projects.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
