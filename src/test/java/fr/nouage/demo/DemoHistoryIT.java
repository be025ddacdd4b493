package fr.nouage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.support.LivingDemoTest;

/** The demo's two years of history: what a newcomer finds in every territory, written once. */
class DemoHistoryIT extends LivingDemoTest {

    @Autowired
    DemoHistory history;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @Test
    void everyTerritoryHasTwoYearsOfMeetingsAndAMeetingToComeWhoseAgendaIsOpen() {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp twoYearsAgo = Timestamp.from(clock.instant().minusSeconds(700L * 86_400));
        for (String siren : DemoTerritories.SIRENS) {
            assertThat(count("""
                    select count(*) from meeting m join body b on b.id = m.body_id
                    where m.territory_siren = ? and b.kind = 'COLLECTIVE' and m.status = 'HELD' and m.starts_at < ?""",
                    siren, twoYearsAgo)).as("meetings held two years ago in %s", siren).isPositive();
            assertThat(count("""
                    select count(*) from meeting m join body b on b.id = m.body_id
                    where m.territory_siren = ? and b.kind = 'COLLECTIVE' and m.status = 'HELD'""", siren))
                    .as("meetings held in %s", siren).isGreaterThanOrEqualTo(20);
            assertThat(count("""
                    select count(*) from meeting where territory_siren = ? and starts_at > ? and frozen_at is null
                    and agenda_freezes_at > ?""", siren, now, now)).as("meeting to come, agenda open, in %s", siren)
                    .isEqualTo(1);
            assertThat(count("select count(*) from meeting where territory_siren = ? and minutes_published_at is not null",
                    siren)).as("minutes published in %s", siren).isGreaterThanOrEqualTo(20);
            assertThat(count("""
                    select count(*) from attendance a join meeting m on m.id = a.meeting_id where m.territory_siren = ?""",
                    siren)).isPositive();
            assertThat(count("""
                    select count(*) from agenda_item i join meeting m on m.id = i.meeting_id
                    where m.territory_siren = ? and i.opinion_forwarded_at is not null and i.session_item_id is not null""",
                    siren)).as("opinions forwarded to the élus in %s", siren).isPositive();
            assertThat(count("""
                    select count(*) from item_decision d join agenda_item i on i.id = d.agenda_item_id
                    join meeting m on m.id = i.meeting_id where m.territory_siren = ? and d.outcome = 'ADOPTED'""", siren))
                    .isPositive();
            assertThat(count("select count(*) from consultation where territory_siren = ? and closed_at is not null",
                    siren)).as("closed consultations in %s", siren).isGreaterThanOrEqualTo(3);
            assertThat(count("select count(*) from consultation where territory_siren = ? and closed_at is null",
                    siren)).as("open consultation in %s", siren).isEqualTo(1);
            assertThat(count("select count(*) from action_item where territory_siren = ? and status = 'DONE'", siren))
                    .isPositive();
            assertThat(count("select count(*) from action_item where territory_siren = ? and status <> 'DONE'", siren))
                    .isPositive();
        }
    }

    @Test
    void erdreEtGesvresWroteItsCharterAndEveryCollectiviteAdoptedIt() {
        assertThat(count("""
                select count(*) from charter_adoption a join charter_version v on v.id = a.version_id
                where v.territory_siren = ? and v.status = 'IN_FORCE'""", DemoStory.ERDRE)).isEqualTo(13);
        assertThat(count("""
                select count(*) from meeting where territory_siren = ? and charter_version = 1 and status = 'HELD'""",
                DemoStory.ERDRE)).as("meetings held under the charter").isPositive();
    }

    @Test
    void theAchardsRotateHostingAmongTheirNineCommunes() {
        List<String> hosts = jdbc.sql("""
                select distinct m.host_siren from meeting m join body b on b.id = m.body_id
                where m.territory_siren = ? and b.kind = 'COLLECTIVE'""").param(DemoStory.ACHARDS)
                .query(String.class).list();
        assertThat(hosts).hasSize(9).doesNotContain(DemoStory.ACHARDS);
    }

    @Test
    void theHistoryIsWrittenOnceNotTwice() {
        long meetings = count("select count(*) from meeting");
        long positions = count("select count(*) from item_position");

        assertThat(history.writeMissing()).isZero();

        assertThat(count("select count(*) from meeting")).isEqualTo(meetings);
        assertThat(count("select count(*) from item_position")).isEqualTo(positions);
        assertThat(count("select count(*) from demo_history")).isEqualTo(4);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }
}
