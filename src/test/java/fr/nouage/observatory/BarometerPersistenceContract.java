package fr.nouage.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.NouageIT;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The barometer kept in the database, the same on H2 and PostgreSQL: answers stored without account
 * or collectivité, replaced by their author, refused to a second account of the same collectivité;
 * results from five respondents; the snapshot of the cross-territory view.
 */
abstract class BarometerPersistenceContract extends NouageIT {

    @Autowired
    Barometers barometers;
    @Autowired
    Overview overview;
    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    NouageUser user(String email, RoleAssignment role) {
        var account = accounts.findByEmail(email).orElseThrow();
        return new NouageUser(account.id(), account.email(), account.displayName(), List.of(role));
    }

    List<NouageUser> directors() {
        return territories.collectivities(ACHARDS).stream().filter(Collectivity::active)
                .map(c -> user(c.isEpci() ? "dg-" + ACHARDS + "@demo.nouage.fr" : "dgs-" + c.inseeCode() + "@demo.nouage.fr",
                        RoleAssignment.director(ACHARDS, c.siren()))).toList();
    }

    static BarometerAnswer answer(int parity, Relation relation) {
        return new BarometerAnswer(Map.of(Threshold.PARITY, parity, Threshold.CULTURE, 4), relation, 4, 2);
    }

    @Test
    void answersAreAnonymousReplaceableAndShownFromFiveRespondents() {
        Barometers.Wave wave = barometers.open(ACHARDS, user("facilitateur@demo.nouage.fr",
                RoleAssignment.inTerritory(Role.FACILITATOR, ACHARDS)));
        List<NouageUser> directors = directors();
        for (int i = 0; i < 4; i++) {
            barometers.answer(ACHARDS, directors.get(i), answer(2, Relation.INDEPENDENCE));
        }
        assertThat(barometers.results(ACHARDS, wave.id()).orElseThrow().shown()).isFalse();
        barometers.answer(ACHARDS, directors.get(4), answer(4, Relation.INTERDEPENDENCE));
        barometers.answer(ACHARDS, directors.get(0), answer(5, Relation.INTERDEPENDENCE));
        assertThat(barometers.answered(ACHARDS, directors.get(0))).isTrue();

        BarometerResults results = barometers.results(ACHARDS, wave.id()).orElseThrow();
        assertThat(results.respondents()).isEqualTo(5);
        assertThat(results.perceived()).containsEntry(Threshold.PARITY, 3.0).containsEntry(Threshold.CULTURE, 4.0);
        assertThat(results.relations()).containsEntry(Relation.INTERDEPENDENCE, 2).containsEntry(Relation.INDEPENDENCE, 3);
        assertThat(results.trust()).isEqualTo(4.0);

        // nothing in the rows names an account or a collectivité
        String stored = jdbc.sql("select collectivity_key || author_key from barometer_answer where wave_id = ?")
                .param(wave.id()).query(String.class).list().toString();
        directors.forEach(d -> assertThat(stored).doesNotContain(String.valueOf(d.roles().get(0).collectivitySiren())));

        // a second account directing the same collectivité cannot answer again for it
        NouageUser other = new NouageUser(directors.get(1).accountId() + 100_000, "autre@example.fr", "Autre compte",
                directors.get(1).roles());
        assertThatThrownBy(() -> barometers.answer(ACHARDS, other, answer(1, Relation.DEPENDENCE)))
                .isInstanceOf(ObservatoryException.class).hasMessage("observatory.barometer.error.otherAccount");
        assertThatThrownBy(() -> barometers.answer(ACHARDS, directors.get(5), answer(7, Relation.DEPENDENCE)))
                .isInstanceOf(ObservatoryException.class).hasMessage("observatory.barometer.error.range");
        assertThat(barometers.results(ACHARDS, wave.id()).orElseThrow().respondents()).isEqualTo(5);

        // once closed, a wave takes no answer
        barometers.close(ACHARDS, wave.id(), user("coordination@demo.nouage.fr", RoleAssignment.global(Role.COORDINATOR)));
        assertThatThrownBy(() -> barometers.answer(ACHARDS, directors.get(6), answer(3, Relation.DEPENDENCE)))
                .isInstanceOf(ObservatoryException.class).hasMessage("observatory.barometer.error.noWave");
    }

    @Test
    void theOverviewKeepsASnapshotPerTerritoryAndForgetsItWhenEvidenceChanges() {
        NouageUser coordinator = user("coordination@demo.nouage.fr", RoleAssignment.global(Role.COORDINATOR));
        Overview.Row row = overview.rows(coordinator).stream().filter(r -> r.siren().equals(ERDRE)).findFirst()
                .orElseThrow();
        // no commuting flows imported for Erdre et Gesvres here: its shared vision is measured and not reached
        assertThat(row.states()).hasSize(11).containsEntry(Threshold.SHARED_VISION, ThresholdState.NOT_REACHED);
        assertThat(jdbc.sql("select states from observatory_snapshot where territory_siren = ?").param(ERDRE)
                .query(String.class).single()).contains("SHARED_VISION=NOT_REACHED");
        overview.on(new EvidenceChanged(ERDRE));
        assertThat(jdbc.sql("select count(*) from observatory_snapshot where territory_siren = ?").param(ERDRE)
                .query(Integer.class).single()).isZero();
        assertThat(overview.rows(coordinator).stream().filter(r -> r.siren().equals(ERDRE)).findFirst().orElseThrow()
                .states()).isEqualTo(row.states());
    }
}
