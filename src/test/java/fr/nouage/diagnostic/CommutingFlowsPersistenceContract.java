package fr.nouage.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.NouageIT;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Commuting flows kept in the database, the same on H2 and PostgreSQL: decimals summed and kept,
 * the latest vintage shown, a vintage replaced as a whole, a refused file leaving everything as it was.
 */
abstract class CommutingFlowsPersistenceContract extends NouageIT {

    @Autowired
    CommutingFlows flows;
    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;

    List<String> communes(String siren) {
        return territories.collectivities(siren).stream().filter(c -> !c.isEpci() && c.active())
                .map(Collectivity::inseeCode).sorted().toList();
    }

    NouageUser director(String siren) {
        Account account = accounts.findByEmail("dg-" + siren + "@demo.nouage.fr").orElseThrow();
        return new NouageUser(account.id(), account.email(), account.displayName(),
                List.of(RoleAssignment.director(siren, siren)));
    }

    FlowImport load(String siren, String content, String name) {
        return flows.importFile(siren, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), name, null,
                director(siren));
    }

    @Test
    void vintagesAreKeptWithTheirDecimalsAndTheLatestIsShown() {
        List<String> c = communes(ERDRE);
        String a = c.get(0);
        String b = c.get(1);
        load(ERDRE, FlowFiles.baseFlux("41", a + ";" + a + ";0,333333", a + ";" + b + ";0,333333", a + ";" + b.substring(0, 2)
                + "999;1"), "ancien.csv");
        FlowImport done = load(ERDRE, "COMMUNE;ARM;DCLT;IPONDI\n" + a + ";ZZZZZ;" + a + ";0.25000001\n" + a + ";ZZZZZ;" + a
                + ";0.25\n" + a + ";ZZZZZ;" + b + ";1.499999\n" + b + ";ZZZZZ;69381;2.5\n", "FD_MOBPRO_2042.csv");

        assertThat(done.vintage()).isEqualTo(2042);
        assertThat(done.format()).isEqualTo(FlowFormat.MOBPRO);
        assertThat(flows.imports(ERDRE)).extracting(FlowImport::vintage).containsSubsequence(2042, 2041);
        FlowImport older = flows.imports(ERDRE).stream().filter(i -> i.vintage() == 2041).findFirst().orElseThrow();
        assertThat(older.flows()).isEqualTo(2);
        assertThat(older.skipped()).isEqualTo(1);
        assertThat(older.firstSkippedLine()).isEqualTo(4);

        Interdependence figures = flows.interdependence(ERDRE).orElseThrow();
        // 0.50000001 + 1.499999 + 2.5 = 4.49999901 actives (4); same commune 0.50000001 (1), other 1.499999
        // (1), outside 2.5 (3, the half rounded up): each figure is rounded once summed, not summed once rounded
        assertThat(figures.vintage()).isEqualTo(2042);
        assertThat(figures.actives()).isEqualTo(4);
        assertThat(figures.sameCommune()).isEqualTo(1);
        assertThat(figures.otherCommuneOfTerritory()).isEqualTo(1);
        assertThat(figures.outside()).isEqualTo(3);
    }

    @Test
    void aVintageIsReplacedAsAWholeAndARefusedFileChangesNothing() {
        // on another territory, so that the vintages of the other test do not prevail
        List<String> c = communes(ANCENIS);
        String a = c.get(2);
        load(ANCENIS, FlowFiles.baseFlux("43", a + ";" + a + ";10", a + ";" + c.get(3) + ";5"), "premier.csv");
        load(ANCENIS, FlowFiles.baseFlux("43", a + ";" + a + ";7"), "second.csv");
        assertThat(flows.interdependence(ANCENIS).orElseThrow().actives()).isEqualTo(7);

        assertThatThrownBy(() -> load(ANCENIS, FlowFiles.baseFlux("43", a + ";" + a + ";9", a + ";" + a + ";9"), "double.csv"))
                .isInstanceOf(DiagnosticException.class);
        Interdependence kept = flows.interdependence(ANCENIS).orElseThrow();
        assertThat(kept.actives()).isEqualTo(7);
        assertThat(flows.imports(ANCENIS).get(0).fileName()).isEqualTo("second.csv");
    }
}
