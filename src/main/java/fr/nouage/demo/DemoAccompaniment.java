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

import fr.nouage.accompaniment.Delegations;
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
 * presentations and a wall of about forty verbatims with their votes; and next year's seminar, open
 * to registrations, with one delegation registered. Only when the demo is on, and only once.
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
    private final Delegations delegations;
    private final java.time.Clock clock;

    DemoAccompaniment(DemoProperties properties, Territories territories, Accounts accounts, Seminars seminars,
            VerbatimWall wall, Delegations delegations, java.time.Clock clock) {
        this.delegations = delegations;
        this.clock = clock;
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
        upcoming(texts, invited, coordinator);
    }

    /** Next year's seminar, registrations open, with the delegation of the first territory registered. */
    private void upcoming(Properties texts, List<String> invited, NouageUser coordinator) {
        LocalDate day = LocalDate.now(clock.withZone(fr.nouage.platform.DateFormats.PARIS)).plusMonths(4);
        Seminar next = seminars.create(new Seminars.NewSeminar(texts.getProperty("next.title"), day,
                texts.getProperty("next.place"), invited, day.minusWeeks(2)), coordinator);
        seminars.addSequence(next.id(), new Seminars.NewSequence(LocalTime.of(9, 30), LocalTime.of(10, 30),
                texts.getProperty("next.sequence"), null, null), coordinator);
        String territory = invited.get(0);
        List<Delegations.NewDelegate> people = territories.collectivities(territory).stream()
                .filter(fr.nouage.territory.Collectivity::active).limit(3)
                .map(c -> accounts.findByEmail(c.isEpci() ? DemoTerritories.epciDirectorEmail(territory)
                        : DemoTerritories.directorEmail(c.inseeCode()))
                        .map(a -> new Delegations.NewDelegate(c.siren(), a.displayName(), null)).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        if (!people.isEmpty()) {
            delegations.register(next.id(), territory, people, coordinator);
        }
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
