package fr.nouage.territory.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.Accounts;
import fr.nouage.account.RoleAssignment;
import fr.nouage.support.NouageIT;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.CollectivityKind;
import fr.nouage.territory.ExperienceCard;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;
import fr.nouage.territory.geography.GeographyChanges.Change;
import fr.nouage.territory.geography.GeographySnapshot.Commune;
import fr.nouage.territory.geography.ImportProgress.Step;

/**
 * Importing vintages of the official geography and creating territories, against a real database.
 * Run on H2 and PostgreSQL by {@link GeographyImportH2IT} and {@link GeographyImportPostgresIT}.
 * The database is shared with other tests: every test leaves the shipped snapshot in place.
 */
abstract class GeographyImportIntegration extends NouageIT {

    /** Mallièvre, the smallest commune of Mortagne. */
    static final String MALLIEVRE = "85134";
    /** Martinet and Le Girouard, communes of the Achards, merged by the test vintage. */
    static final String MARTINET = "85138";
    static final String MARTINET_SIREN = "218501385";
    static final String GIROUARD = "85099";
    static final String GIROUARD_SIREN = "218500999";
    /** The commune born from their merger (code and SIREN that no commune of the shipped vintage has). */
    static final String MERGED = "85320";
    static final String MERGED_SIREN = "200109999";
    static final String MERGED_NAME = "Martinet-le-Girouard";

    @Autowired
    EmbeddedGeography embedded;
    @Autowired
    ImportJobs jobs;
    @Autowired
    GeographyImporter importer;
    @Autowired
    GeographyStore store;
    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    fr.nouage.territory.internal.TerritoryRepository repository;

    @AfterEach
    void restoreTheShippedSnapshot() {
        embedded.load("test");
        jdbc.sql("delete from collectivity where siren = ?").param(MERGED_SIREN).update();
    }

    @Test
    void reimportingTheShippedSnapshotReportsAndChangesNothing() {
        State before = state();

        ImportProgress progress = embedded.load("test");

        assertThat(progress.step()).isEqualTo(Step.DONE);
        assertThat(progress.unchanged()).isTrue();
        assertThat(progress.changes().epciCount()).isEqualTo(1255);
        assertThat(progress.changes().communeCount()).isEqualTo(34969);
        assertThat(state()).isEqualTo(before);
        assertThat(jobs.recent().get(0).unchanged()).as("the import log says so").isTrue();
    }

    @Test
    void aNewVintageIsReportedAndAppliedToTheTerritories() {
        int mortagnePopulation = territories.find(MORTAGNE).orElseThrow().population();
        VintageEditor vintage = new VintageEditor().population(MALLIEVRE, 263)
                .merge(ACHARDS, MERGED, MERGED_SIREN, MERGED_NAME, MARTINET, GIROUARD);

        ImportProgress progress = jobs.runNow(vintage::epciFile, vintage::communesFile, "test vintage", "test");

        assertThat(progress.step()).isEqualTo(Step.DONE);
        GeographyChanges changes = progress.changes();
        assertThat(changes.initial()).isFalse();
        assertThat(changes.epciCount()).isEqualTo(1255);
        assertThat(changes.communeCount()).isEqualTo(34969 - 1);
        assertThat(changes.populationChanges()).containsExactly(new Change(MALLIEVRE, "Mallièvre", "251", "263"));
        assertThat(changes.newCommunes()).containsExactly(new Change(MERGED, MERGED_NAME, "", "2385"));
        assertThat(changes.mergedCommunes()).containsExactly(new Change(GIROUARD, "Le Girouard", "", MERGED),
                new Change(MARTINET, "Martinet", "", MERGED));
        assertThat(changes.removedCommunes()).isEmpty();
        assertThat(changes.renamedCommunes()).isEmpty();
        assertThat(changes.movedCommunes()).isEmpty();
        assertThat(changes.newEpcis()).isEmpty();
        assertThat(changes.removedEpcis()).isEmpty();

        assertThat(territories.collectivity("218501344").orElseThrow().population()).isEqualTo(263);
        assertThat(territories.find(MORTAGNE).orElseThrow().population()).isEqualTo(mortagnePopulation + 12);

        Territory achards = territories.find(ACHARDS).orElseThrow();
        assertThat(achards.communeCount()).isEqualTo(8);
        Collectivity merged = territories.collectivity(MERGED_SIREN).orElseThrow();
        assertThat(merged.active()).isTrue();
        assertThat(merged.territorySiren()).isEqualTo(ACHARDS);
        assertThat(merged.inseeCode()).isEqualTo(MERGED);
        assertThat(merged.population()).isEqualTo(2385);
        for (String siren : List.of(MARTINET_SIREN, GIROUARD_SIREN)) {
            Collectivity former = territories.collectivity(siren).orElseThrow();
            assertThat(former.active()).as(siren + " inactive").isFalse();
            assertThat(former.territorySiren()).isEqualTo(ACHARDS);
            assertThat(mergedInto(siren)).isEqualTo(MERGED);
        }
        assertThat(accounts.findByEmail("dgs-" + MARTINET + "@demo.nouage.fr").orElseThrow().roles())
                .as("the directors of merged communes keep their role").contains(
                        RoleAssignment.director(ACHARDS, MARTINET_SIREN));
        assertThat(accounts.findByEmail("dgs-" + GIROUARD + "@demo.nouage.fr").orElseThrow().roles())
                .contains(RoleAssignment.director(ACHARDS, GIROUARD_SIREN));

        ImportProgress restored = embedded.load("test");
        assertThat(restored.changes().mergedCommunes()).isEmpty();
        assertThat(restored.changes().newCommunes()).extracting(Change::code).containsExactly(GIROUARD, MARTINET);
        assertThat(territories.find(ACHARDS).orElseThrow().communeCount()).isEqualTo(9);
        assertThat(territories.collectivity(MARTINET_SIREN).orElseThrow().active()).isTrue();
        assertThat(mergedInto(MARTINET_SIREN)).isNull();
        assertThat(territories.collectivity(MERGED_SIREN).orElseThrow().active()).isFalse();
    }

    @Test
    void anInconsistentVintageIsRefusedAndChangesNothing() {
        State before = state();
        VintageEditor vintage = new VintageEditor().population(MALLIEVRE, 263)
                .merge(ACHARDS, MERGED, MERGED_SIREN, MERGED_NAME, MARTINET, GIROUARD)
                .unknownMember(MORTAGNE, "85999");

        ImportProgress progress = jobs.runNow(vintage::epciFile, vintage::communesFile, "inconsistent", "test");

        assertThat(progress.step()).isEqualTo(Step.FAILED);
        assertThat(progress.errorKey()).isEqualTo("geography.error.unknownMember");
        assertThat(progress.errorArguments()).containsExactly("85999", MORTAGNE, "CC du Pays de Mortagne");
        assertThat(state()).isEqualTo(before);
        assertThat(jobs.progress(progress.id()).orElseThrow().step()).isEqualTo(Step.FAILED);
    }

    @Test
    void aFailureWhileWritingRollsTheWholeImportBack() {
        State before = state();
        GeographySnapshot valid = new VintageEditor().population(MALLIEVRE, 263)
                .merge(ACHARDS, MERGED, MERGED_SIREN, MERGED_NAME, MARTINET, GIROUARD).read();
        // a name longer than the database allows makes the last insert fail, after the others were written
        List<Commune> communes = new ArrayList<>(valid.communes());
        Commune last = communes.remove(communes.size() - 1);
        communes.add(new Commune(last.inseeCode(), last.siren(), "x".repeat(300), last.status(), last.department(),
                last.population(), last.epciSiren(), last.chiefTown()));
        GeographySnapshot broken = new GeographySnapshot(valid.epcis(), communes);

        assertThatThrownBy(() -> importer.apply(broken)).isInstanceOf(DataAccessException.class);

        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aTerritoryIsCreatedFromAnyEpciOfTheGeography() {
        String faucigny = "200000172";
        Territory created = territories.exists(faucigny) ? territories.find(faucigny).orElseThrow()
                : territories.create(faucigny);

        assertThat(created.name()).isEqualTo("CC Faucigny - Glières");
        assertThat(created.kind()).isEqualTo("CC");
        assertThat(created.communeCount()).isEqualTo(7);
        List<Collectivity> collectivities = territories.collectivities(faucigny);
        assertThat(collectivities).hasSize(8);
        assertThat(collectivities.get(0).kind()).isEqualTo(CollectivityKind.EPCI);
        assertThat(collectivities.get(0).siren()).isEqualTo(faucigny);
        assertThat(collectivities).filteredOn(c -> !c.isEpci()).extracting(Collectivity::inseeCode)
                .contains("74042", "74164", "74087", "74024", "74212", "74312", "74049");
        int population = collectivities.stream().filter(c -> !c.isEpci()).mapToInt(Collectivity::population).sum();
        assertThat(created.population()).isEqualTo(population).isPositive();
        assertThat(collectivities.get(0).population()).isEqualTo(population);
        assertThat(territories.all()).extracting(Territory::siren).contains(faucigny, MORTAGNE);

        assertThatThrownBy(() -> territories.create(faucigny)).isInstanceOf(Territories.TerritoryExistsException.class);
        assertThatThrownBy(() -> territories.create("999999999")).isInstanceOf(Territories.UnknownEpciException.class);
        assertThat(territories.exists("999999999")).isFalse();
    }

    @Test
    void theExperienceCardIsReplaced() {
        ExperienceCard original = territories.find(ERDRE).orElseThrow().card();
        ExperienceCard card = new ExperienceCard("Urbain, aux portes de la métropole",
                "Faire du collectif la gouvernance technique du projet de territoire", "Une charte des DGS");
        try {
            territories.updateCard(ERDRE, card);
            assertThat(territories.find(ERDRE).orElseThrow().card()).isEqualTo(card);
            territories.updateCard(ERDRE, ExperienceCard.empty());
            assertThat(territories.find(ERDRE).orElseThrow().card().isEmpty()).isTrue();
        } finally {
            territories.updateCard(ERDRE, original);
        }
        assertThat(territories.find(ERDRE).orElseThrow().card()).isEqualTo(original);
    }

    private String mergedInto(String siren) {
        return jdbc.sql("select merged_into from collectivity where siren = ?").param(siren)
                .query((rs, n) -> rs.getString(1)).list().get(0);
    }

    /** What an import may change: the geography in place and every territory with its collectivités. */
    private State state() {
        GeographySnapshot geography = store.load();
        Map<String, String> epcis = new TreeMap<>();
        geography.epcis().forEach(e -> epcis.put(e.siren(),
                e.name() + "|" + e.kind() + "|" + new TreeSet<>(e.memberCodes())));
        Map<String, List<Collectivity>> collectivities = territories.all().stream()
                .collect(Collectors.toMap(Territory::siren, t -> territories.collectivities(t.siren()), (a, b) -> a,
                        TreeMap::new));
        List<String> mergedInto = jdbc.sql("select siren || '>' || coalesce(merged_into, '') from collectivity order by siren")
                .query(String.class).list();
        return new State(epcis, new TreeMap<>(geography.communesByCode()), territories.all(), collectivities,
                mergedInto);
    }

    private record State(Map<String, String> epcis, Map<String, Commune> communes, List<Territory> territories,
            Map<String, List<Collectivity>> collectivities, List<String> mergedInto) {
    }
}
