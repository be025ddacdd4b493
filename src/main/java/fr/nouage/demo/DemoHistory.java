package fr.nouage.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.rules.Rules;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Gives each demonstration territory about two years of fictitious history, once: on the first start
 * with the demo on, never again on the same database (the {@code demo_history} table remembers it),
 * never without the demo. Dates are relative to the clock at that first start.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final Territories territories;
    private final Accounts accounts;
    private final Bodies bodies;
    private final Rules rules;
    private final PresentWriter.Facades facades;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoHistory(Territories territories, Accounts accounts, Bodies bodies, Rules rules, PresentWriter.Facades facades,
            JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.territories = territories;
        this.accounts = accounts;
        this.bodies = bodies;
        this.rules = rules;
        this.facades = facades;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Writes the history of every demo territory that has none yet; returns how many got one. */
    int writeMissing() {
        DemoStory.Texts texts = DemoStory.loadTexts();
        List<Account> all = accounts.all();
        int written = 0;
        for (String siren : DemoTerritories.SIRENS) {
            // one transaction per territory: its history is written whole or not at all
            Boolean done;
            try {
                done = transactions.execute(status -> claim(siren)
                        && write(DemoStory.of(siren, texts), new DemoPeople(siren, all)));
            } catch (org.springframework.dao.DuplicateKeyException e) {
                done = false; // another instance is writing it
            }
            written += Boolean.TRUE.equals(done) ? 1 : 0;
        }
        return written;
    }

    /** Marks the territory's history as written; {@code false} when it already was. */
    private boolean claim(String siren) {
        return jdbc.sql("""
                insert into demo_history (territory_siren, written_at)
                select ?, ? where not exists (select 1 from demo_history where territory_siren = ?)""")
                .params(siren, Timestamp.from(clock.instant()), siren).update() == 1;
    }

    private boolean write(DemoStory story, DemoPeople people) {
        Instant started = Instant.now();
        String siren = story.siren();
        List<Collectivity> members = new ArrayList<>(territories.collectivities(siren).stream()
                .filter(Collectivity::active).toList());
        members.sort(Comparator.comparing((Collectivity c) -> !c.isEpci()));
        PresentWriter present = new PresentWriter(story, members, people, facades, jdbc, clock);
        if (story.charter()) {
            present.charter();
        }
        List<Body> all = bodies.of(siren);
        long collective = standard(all, BodyKind.COLLECTIVE);
        long upstream = standard(all, story.upstream());
        List<Long> groups = new ArrayList<>();
        people.facilitator().ifPresent(f -> story.groups().forEach(name -> groups.add(
                bodies.add(siren, BodyKind.NETWORK, name, f.user()).id())));
        String facilitatorName = people.facilitator().map(DemoPeople.Person::name).orElse("");
        Rows rows = new Rows(jdbc);
        long nextSitting = new PastWriter(rows, story, members, people.directors(), facilitatorName,
                day -> rules.rulesAt(siren, day), clock.instant()).write(collective, upstream, groups);
        present.meetingToCome(nextSitting);
        present.openConsultation();
        log.info("Demo history of {}: {} rows written in {} ms (fictitious people and events, {} to {})", siren,
                rows.count(), java.time.Duration.between(started, Instant.now()).toMillis(),
                LocalDate.now(clock).minusYears(2), LocalDate.now(clock));
        return true;
    }

    private static long standard(List<Body> all, BodyKind kind) {
        return all.stream().filter(b -> b.kind() == kind && b.collectivitySiren() == null).findFirst().orElseThrow()
                .id();
    }
}
