package fr.nouage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.Account;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.account.RoleAssignment;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.ItemOutcome;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Minutes;
import fr.nouage.support.NouageIT;
import fr.nouage.support.TestDocuments;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The portfolio kept in the database, the same on H2 and PostgreSQL: a project with its pilotage,
 * handovers, phases, milestones and documents; a convention whose shares are frozen at signature;
 * a review written back from the minutes; an evaluation's figures.
 */
abstract class ProjectPersistenceContract extends NouageIT {

    @Autowired
    Projects projects;
    @Autowired
    ProjectPlans plans;
    @Autowired
    Agreements agreements;
    @Autowired
    Reviews reviews;
    @Autowired
    Evaluations evaluations;
    @Autowired
    Meetings meetings;
    @Autowired
    Minutes minutes;
    @Autowired
    Territories territories;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    List<Collectivity> communes() {
        return territories.collectivities(ERDRE).stream().filter(c -> !c.isEpci() && c.active()).toList();
    }

    NouageUser epciDirector() {
        Account account = accounts.findByEmail("dg-" + ERDRE + "@demo.nouage.fr").orElseThrow();
        return new NouageUser(account.id(), account.email(), account.displayName(),
                List.of(RoleAssignment.director(ERDRE, ERDRE)));
    }

    Project alternating(String title) {
        List<Collectivity> communes = communes();
        return projects.create(ERDRE, new Projects.NewProject(title, "Relier le collectif à ses projets",
                "Gouvernance", "Directions des communes", Pilotage.ALTERNATING, Phase.CO_PRODUCTION,
                List.of(ERDRE, communes.get(0).siren()), List.of(communes.get(1).siren()), LocalDate.of(2044, 1, 1),
                LocalDate.of(2046, 12, 31), List.of(new Handover(LocalDate.of(2045, 1, 1), communes.get(0).siren()),
                        new Handover(LocalDate.of(2046, 1, 1), ERDRE))), epciDirector());
    }

    @Test
    void aProjectKeepsItsPilotageHandoversPlanAndDocuments() {
        Project created = alternating("Lien entre le collectif et ses projets — persistance");
        long id = created.id();
        plans.planPhase(id, new PhasePlan(Phase.CO_PRODUCTION, LocalDate.of(2044, 3, 1), LocalDate.of(2045, 6, 30),
                "Tableau de bord partagé"), epciDirector());
        plans.addMilestone(id, "Premier comité de pilotage", LocalDate.of(2044, 4, 15), epciDirector());
        plans.addDocument(id, "Note de cadrage.pdf", TestDocuments.pdf("note de cadrage"), epciDirector());

        Project read = projects.require(ERDRE, id);
        assertThat(read.pilotage()).isEqualTo(Pilotage.ALTERNATING);
        assertThat(read.leads()).containsExactlyInAnyOrder(ERDRE, communes().get(0).siren());
        assertThat(read.members()).hasSize(3);
        assertThat(read.steeringBodyId()).isNotNull();
        assertThat(projects.handovers(id)).extracting(Handover::on)
                .containsExactly(LocalDate.of(2045, 1, 1), LocalDate.of(2046, 1, 1));
        assertThat(plans.phases(List.of(id)).get(id)).singleElement()
                .satisfies(p -> assertThat(p.deliverables()).isEqualTo("Tableau de bord partagé"));
        assertThat(plans.milestones(List.of(id))).extracting(Milestone::dueOn).containsExactly(LocalDate.of(2044, 4, 15));
        assertThat(plans.documents(id)).singleElement().satisfies(d -> assertThat(d.contentType()).isEqualTo("application/pdf"));

        // a handover outside the project's dates: refused, nothing saved
        int before = projects.ofTerritory(ERDRE).size();
        assertThatThrownBy(() -> projects.create(ERDRE, new Projects.NewProject("Passation hors dates", null, null, null,
                Pilotage.ALTERNATING, Phase.CO_DIAGNOSTIC, List.of(ERDRE, communes().get(0).siren()), List.of(),
                LocalDate.of(2044, 1, 1), LocalDate.of(2044, 12, 31),
                List.of(new Handover(LocalDate.of(2045, 6, 1), ERDRE))), epciDirector()))
                .hasMessage("project.error.handoverDate");
        assertThat(projects.ofTerritory(ERDRE)).hasSize(before);
    }

    @Test
    void aProjectChangesItsPilotageAndLeadsOnceWithItsVersionAndNothingHalfOnBadInput() {
        Project created = alternating("Lien entre le collectif et ses projets — modification");
        List<Collectivity> communes = communes();
        String second = communes.get(1).siren();
        String third = communes.get(2).siren();
        // the alternation ends: the EPCI co-pilots it with another commune, a third joins
        Projects.NewProject coPilotage = new Projects.NewProject("Lien collectif–projets (copilotage)", "Relier",
                "Gouvernance", "Directions", Pilotage.CO_PILOTAGE, created.phase(), List.of(ERDRE, second),
                List.of(third), LocalDate.of(2044, 1, 1), LocalDate.of(2046, 12, 31), List.of());
        Project updated = projects.update(created.id(), created.version(), coPilotage, epciDirector());
        assertThat(updated.pilotage()).isEqualTo(Pilotage.CO_PILOTAGE);
        assertThat(updated.title()).isEqualTo("Lien collectif–projets (copilotage)");
        assertThat(updated.leads()).containsExactlyInAnyOrder(ERDRE, second);
        assertThat(updated.members()).containsExactlyInAnyOrder(ERDRE, second, third);
        assertThat(projects.handovers(created.id())).isEmpty();
        assertThat(updated.version()).isGreaterThan(created.version());

        // a second edit made from the page read before the first: refused, the first kept
        assertThatThrownBy(() -> projects.update(created.id(), created.version(), coPilotage, epciDirector()))
                .hasMessage("project.error.conflict");
        // an EPCI pilotage with a commune as lead: refused, nothing changed
        Projects.NewProject wrong = new Projects.NewProject("Autre titre", null, null, null, Pilotage.EPCI,
                created.phase(), List.of(second), List.of(), null, null, List.of());
        assertThatThrownBy(() -> projects.update(created.id(), updated.version(), wrong, epciDirector()))
                .isInstanceOf(fr.nouage.project.ProjectException.class);
        Project kept = projects.require(ERDRE, created.id());
        assertThat(kept.title()).isEqualTo("Lien collectif–projets (copilotage)");
        assertThat(kept.leads()).containsExactlyInAnyOrder(ERDRE, second);
    }

    @Test
    void sharesAreFrozenAtSignatureWhateverTheLaterPopulations() {
        Project project = alternating("Convention figée — persistance");
        String commune = communes().get(0).siren();
        Agreement draft = agreements.create(project.id(), new Agreements.NewAgreement("Entente de l'accueil",
                AgreementKind.ENTENTE, "Accueil de loisirs", 36, null, new Agreements.Split("12345.67",
                        List.of(ERDRE, commune), Map.of()), FinancingKey.of(KeyBasis.POPULATION)), epciDirector());
        agreements.recordDeliberation(draft.id(), ERDRE, LocalDate.of(2024, 3, 14), "DEL-2024-031", epciDirector());
        agreements.recordDeliberation(draft.id(), commune, LocalDate.of(2024, 3, 20), "DEL-2024-012", epciDirector());
        Agreement signed = agreements.sign(draft.id(), LocalDate.of(2024, 4, 2), epciDirector());
        List<Long> frozen = agreements.shares(signed).stream().map(FinancingKey.Share::cents).toList();
        assertThat(frozen.stream().mapToLong(Long::longValue).sum()).isEqualTo(1_234_567);
        assertThat(signed.parties()).allSatisfy(p -> assertThat(p.deliberationRef()).startsWith("DEL-2024-"));

        int population = territories.collectivity(commune).orElseThrow().population();
        try {
            jdbc.sql("update collectivity set population = ? where siren = ?").params(population * 3, commune).update();
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(agreements
                    .currentShares(agreements.require(signed.id())).stream().map(FinancingKey.Share::cents).toList())
                    .isNotEqualTo(frozen));
            assertThat(agreements.shares(agreements.require(signed.id())).stream().map(FinancingKey.Share::cents).toList())
                    .isEqualTo(frozen);
        } finally {
            jdbc.sql("update collectivity set population = ? where siren = ?").params(population, commune).update();
        }
        assertThatThrownBy(() -> agreements.sign(draft.id(), LocalDate.of(2024, 5, 2), epciDirector()))
                .hasMessage("agreement.error.signed");
    }

    @Test
    void whatTheCollectiveSaysOfAReviewedProjectGoesBackToIt() {
        Project project = alternating("Revue écrite en retour — persistance");
        Meeting meeting = meetings.schedule(ERDRE, new Meetings.NewMeeting(slots().from(ERDRE, LocalDateTime.of(2045, 2, 7, 9, 0)), null, null,
                null, null, null));
        Review review = reviews.review(ERDRE, meeting.id(), List.of(project.id()), epciDirector()).get(0);
        AgendaItem item = meetings.item(review.itemId()).orElseThrow();
        assertThat(item.kind()).isEqualTo(ItemKind.PROJECT_REVIEW);

        minutes.record(item.id(), new Minutes.ItemRecord("Point d'étape présenté par les pilotes.", ItemOutcome.NOTED,
                "Le collectif prend acte et demande un calendrier des passations.", item.version()), epciDirector());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(reviews.ofProject(project.id()))
                .singleElement().satisfies(r -> {
                    assertThat(r.outcome()).isEqualTo("NOTED");
                    assertThat(r.outcomeText()).contains("calendrier des passations");
                }));
    }

    @Test
    void anEvaluationKeepsItsIndicatorsAndWhatEachPutInAndGotBack() {
        Project project = alternating("Évaluation — persistance");
        evaluations.addIndicator(project.id(), "Familles accueillies", "familles", "120", "96,5", epciDirector());
        evaluations.recordContribution(project.id(), ERDRE, "12,5", "8000.00", "Moins de doublons", "12000.00",
                epciDirector());
        evaluations.recordContribution(project.id(), communes().get(0).siren(), "30", "2000.00", "Un service de proximité",
                "1500.00", epciDirector());
        evaluations.close(project.id(), "Objectifs atteints aux quatre cinquièmes.", epciDirector());

        assertThat(evaluations.indicators(project.id())).singleElement()
                .satisfies(i -> assertThat(i.reachedPercent()).isEqualTo(80));
        assertThat(evaluations.contributions(project.id())).extracting(Contribution::returnPerEuro)
                .extracting(java.math.BigDecimal::toPlainString).containsExactlyInAnyOrder("1.50", "0.75");
        assertThat(projects.require(project.id()).closingReview()).contains("quatre cinquièmes");
    }
}
