package fr.nouage.demo;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import fr.nouage.accompaniment.Seminar;
import fr.nouage.accompaniment.Seminars;
import fr.nouage.accompaniment.VerbatimCategory;
import fr.nouage.accompaniment.VerbatimWall;
import fr.nouage.accompaniment.VerbatimWall.Participant;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.territory.Territories;

/**
 * The 2019 regional seminar on the collectif de territoire, reconstructed for the four demonstration
 * territories (texts in {@code demo/accompaniment.properties}): its programme with the four flash
 * presentations and a wall of about forty verbatims with their votes. Only when the demo is on, and
 * only once.
 */
@Component
@Order(35)
class DemoAccompaniment implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccompaniment.class);

    private final DemoProperties properties;
    private final Territories territories;
    private final Accounts accounts;
    private final Seminars seminars;
    private final VerbatimWall wall;

    DemoAccompaniment(DemoProperties properties, Territories territories, Accounts accounts, Seminars seminars,
            VerbatimWall wall) {
        this.properties = properties;
        this.territories = territories;
        this.accounts = accounts;
        this.seminars = seminars;
        this.wall = wall;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.enabled()) {
            return;
        }
        NouageUser coordinator = accounts.findByEmail(DemoTerritories.COORDINATOR_EMAIL)
                .map(a -> new NouageUser(a.id(), a.email(), a.displayName(), a.roles())).orElse(null);
        Properties texts = texts();
        String title = texts.getProperty("seminar.title");
        if (coordinator == null || seminars.visibleTo(coordinator).stream().anyMatch(s -> s.title().equals(title))) {
            return;
        }
        List<String> invited = DemoTerritories.SIRENS.stream().filter(territories::exists).toList();
        Seminar seminar = seminars.create(new Seminars.NewSeminar(title, LocalDate.parse(texts.getProperty("seminar.day")),
                texts.getProperty("seminar.place"), invited), coordinator);
        for (int n = 1; n <= Integer.parseInt(texts.getProperty("sequence.count")); n++) {
            String[] f = texts.getProperty("sequence." + n).split("\\|", -1);
            seminars.addSequence(seminar.id(), new Seminars.NewSequence(LocalTime.parse(f[0]), LocalTime.parse(f[1]), f[2],
                    f[3], f[4]), coordinator);
        }
        for (int n = 1; n <= Integer.parseInt(texts.getProperty("verbatim.count")); n++) {
            String[] f = texts.getProperty("verbatim." + n).split("\\|", 4);
            long id = wall.postWithCode(seminar.id(), seminar.code(), VerbatimCategory.valueOf(f[0]), f[3],
                    Participant.pseudonym(f[1])).id();
            for (int vote = 1; vote <= Integer.parseInt(f[2]); vote++) {
                wall.voteWithCode(seminar.id(), seminar.code(), id, Participant.pseudonym("Participant " + vote));
            }
        }
        log.info("Demo seminar {} created", seminar.id());
    }

    private static Properties texts() throws IOException {
        Properties texts = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("demo/accompaniment.properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
