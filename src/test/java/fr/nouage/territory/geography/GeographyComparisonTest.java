package fr.nouage.territory.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.nouage.territory.geography.GeographyChanges.Change;
import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.GeographySnapshot.CommuneStatus;
import fr.nouage.territory.geography.GeographySnapshot.Epci;

class GeographyComparisonTest {

    private static final String BOCAGE = "200000001";
    private static final String COTE = "200000002";

    /** Two EPCI: the Bocage (Alpha, Beta, Gamma) and the Côte (Delta). */
    private static GeographySnapshot vintage2025() {
        return new Snapshot()
                .epci(BOCAGE, "CC du Bocage", "CC").epci(COTE, "CA de la Côte", "CA")
                .actual("85001", "Alpha", 1200, BOCAGE).actual("85002", "Beta", 340, BOCAGE)
                .actual("85003", "Gamma", 2100, BOCAGE).actual("85004", "Delta", 15000, COTE)
                .delegated("85090", "Vieux-Bourg", "85001")
                .build();
    }

    @Test
    void theFirstImportIsReportedAsInitialWithItsCounts() {
        GeographyChanges changes = GeographyComparison.compare(new GeographySnapshot(List.of(), List.of()),
                vintage2025());
        assertThat(changes.initial()).isTrue();
        assertThat(changes.isEmpty()).isFalse();
        assertThat(changes.epciCount()).isEqualTo(2);
        assertThat(changes.communeCount()).as("actual communes only").isEqualTo(4);
        assertThat(changes.newCommunes()).isEmpty();
    }

    @Test
    void anIdenticalVintageChangesNothing() {
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), vintage2025());
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.initial()).isFalse();
        assertThat(changes.epciCount()).isEqualTo(2);
        assertThat(changes.communeCount()).isEqualTo(4);
    }

    @Test
    void aNewCommuneIsListed() {
        GeographySnapshot next = new Snapshot().from(vintage2025()).actual("85005", "Epsilon", 450, COTE).build();
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), next);
        assertThat(changes.newCommunes()).containsExactly(new Change("85005", "Epsilon", "", "450"));
        assertThat(changes.communeCount()).isEqualTo(5);
        assertOnly(changes, changes.newCommunes());
    }

    @Test
    void communesThatMergedAreListedAsMergedIntoTheirChiefTown() {
        // Beta and Gamma become Beta-Gamma (new code), and remain as delegated communes of it
        GeographySnapshot next = new Snapshot()
                .epci(BOCAGE, "CC du Bocage", "CC").epci(COTE, "CA de la Côte", "CA")
                .actual("85001", "Alpha", 1200, BOCAGE).actual("85095", "Beta-Gamma", 2440, BOCAGE)
                .actual("85004", "Delta", 15000, COTE)
                .delegated("85090", "Vieux-Bourg", "85001")
                .delegated("85002", "Beta", "85095").delegated("85003", "Gamma", "85095")
                .build();
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), next);
        assertThat(changes.mergedCommunes()).containsExactly(new Change("85002", "Beta", "", "85095"),
                new Change("85003", "Gamma", "", "85095"));
        assertThat(changes.newCommunes()).containsExactly(new Change("85095", "Beta-Gamma", "", "2440"));
        assertThat(changes.removedCommunes()).isEmpty();
        assertThat(changes.movedCommunes()).isEmpty();
    }

    @Test
    void aCommuneMergedIntoAnExistingOneIsListedAsMergedIntoIt() {
        GeographySnapshot next = new Snapshot()
                .epci(BOCAGE, "CC du Bocage", "CC").epci(COTE, "CA de la Côte", "CA")
                .actual("85001", "Alpha", 1540, BOCAGE).actual("85003", "Gamma", 2100, BOCAGE)
                .actual("85004", "Delta", 15000, COTE)
                .delegated("85090", "Vieux-Bourg", "85001").delegated("85002", "Beta", "85001")
                .build();
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), next);
        assertThat(changes.mergedCommunes()).containsExactly(new Change("85002", "Beta", "", "85001"));
        assertThat(changes.populationChanges()).containsExactly(new Change("85001", "Alpha", "1200", "1540"));
        assertThat(changes.removedCommunes()).isEmpty();
        assertThat(changes.newCommunes()).isEmpty();
    }

    @Test
    void aCommuneThatVanishedWithoutTraceIsListedAsRemoved() {
        GeographySnapshot next = new Snapshot().from(vintage2025()).without("85003").build();
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), next);
        assertThat(changes.removedCommunes()).containsExactly(new Change("85003", "Gamma", "", ""));
        assertThat(changes.mergedCommunes()).isEmpty();
        assertOnly(changes, changes.removedCommunes());
    }

    @Test
    void aPopulationChangeIsListedWithBothFigures() {
        GeographySnapshot next = new Snapshot().from(vintage2025()).without("85002")
                .actual("85002", "Beta", 361, BOCAGE).build();
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), next);
        assertThat(changes.populationChanges()).containsExactly(new Change("85002", "Beta", "340", "361"));
        assertOnly(changes, changes.populationChanges());
    }

    @Test
    void aRenameIsListedWithBothNames() {
        GeographySnapshot next = new Snapshot().from(vintage2025()).without("85002")
                .actual("85002", "Beta-sur-Sèvre", 340, BOCAGE).build();
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), next);
        assertThat(changes.renamedCommunes())
                .containsExactly(new Change("85002", "Beta-sur-Sèvre", "Beta", "Beta-sur-Sèvre"));
        assertOnly(changes, changes.renamedCommunes());
    }

    @Test
    void aCommuneMovingToAnotherEpciIsListedWithBothSirens() {
        GeographySnapshot next = new Snapshot().from(vintage2025()).without("85003")
                .actual("85003", "Gamma", 2100, COTE).build();
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), next);
        assertThat(changes.movedCommunes()).containsExactly(new Change("85003", "Gamma", BOCAGE, COTE));
        assertOnly(changes, changes.movedCommunes());
    }

    @Test
    void newAndRemovedEpciAreListed() {
        // the Côte disappears, Delta joins a new EPCI
        GeographySnapshot next = new Snapshot()
                .epci(BOCAGE, "CC du Bocage", "CC").epci("200000003", "CU du Littoral", "CU")
                .actual("85001", "Alpha", 1200, BOCAGE).actual("85002", "Beta", 340, BOCAGE)
                .actual("85003", "Gamma", 2100, BOCAGE).actual("85004", "Delta", 15000, "200000003")
                .delegated("85090", "Vieux-Bourg", "85001")
                .build();
        GeographyChanges changes = GeographyComparison.compare(vintage2025(), next);
        assertThat(changes.newEpcis()).containsExactly(new Change("200000003", "CU du Littoral", "", "CU"));
        assertThat(changes.removedEpcis()).containsExactly(new Change(COTE, "CA de la Côte", "CA", ""));
        assertThat(changes.movedCommunes()).containsExactly(new Change("85004", "Delta", COTE, "200000003"));
        assertThat(changes.isEmpty()).isFalse();
    }

    /** Asserts that {@code expected} is the only non-empty list of changes. */
    private static void assertOnly(GeographyChanges changes, List<Change> expected) {
        List<List<Change>> all = List.of(changes.newCommunes(), changes.mergedCommunes(), changes.removedCommunes(),
                changes.populationChanges(), changes.renamedCommunes(), changes.movedCommunes(), changes.newEpcis(),
                changes.removedEpcis());
        for (List<Change> list : all) {
            if (list != expected) {
                assertThat(list).isEmpty();
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(changes.isEmpty()).isFalse();
    }

    /** Builds a snapshot the way the reader does: each EPCI lists its actual members. */
    private static final class Snapshot {

        private final List<String[]> epcis = new ArrayList<>();
        private final List<Commune> communes = new ArrayList<>();

        Snapshot from(GeographySnapshot snapshot) {
            snapshot.epcis().forEach(e -> epcis.add(new String[] {e.siren(), e.name(), e.kind()}));
            communes.addAll(snapshot.communes());
            return this;
        }

        Snapshot epci(String siren, String name, String kind) {
            epcis.add(new String[] {siren, name, kind});
            return this;
        }

        Snapshot actual(String code, String name, int population, String epci) {
            communes.add(new Commune(code, "2" + code + "000", name, CommuneStatus.ACTUAL, code.substring(0, 2),
                    population, epci, null));
            return this;
        }

        Snapshot delegated(String code, String name, String chiefTown) {
            communes.add(new Commune(code, null, name, CommuneStatus.DELEGATED, null, 0, null, chiefTown));
            return this;
        }

        Snapshot without(String code) {
            communes.removeIf(c -> c.inseeCode().equals(code));
            return this;
        }

        GeographySnapshot build() {
            List<Epci> built = epcis.stream().map(e -> new Epci(e[0], e[1], e[2], communes.stream()
                    .filter(c -> e[0].equals(c.epciSiren())).map(Commune::inseeCode).toList())).toList();
            return new GeographySnapshot(built, List.copyOf(communes));
        }
    }
}
