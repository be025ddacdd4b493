package fr.nouage.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.support.NouageIT;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * Consultations, speaking turns, anonymous remarks, distributions and reviews stored and read back
 * the same way on H2 and PostgreSQL (Erdre et Gesvres, meetings in 2043).
 */
abstract class DeliberationPersistenceContract extends NouageIT {

    @Autowired
    Consultations consultations;
    @Autowired
    SpeakingTurns turns;
    @Autowired
    AnonymousRemarks remarks;
    @Autowired
    Deliberations deliberations;
    @Autowired
    Meetings meetings;
    @Autowired
    Territories territories;
    @Autowired
    Parity parity;
    @Autowired
    JdbcClient jdbc;

    private List<Collectivity> members() {
        return territories.collectivities(ERDRE).stream().filter(Collectivity::active).toList();
    }

    private static NouageUser director(Collectivity c, long account) {
        return new NouageUser(account, c.siren() + "@example.org", "Direction " + c.name(),
                List.of(RoleAssignment.director(ERDRE, c.siren())));
    }

    private static NouageUser facilitator() {
        return new NouageUser(700_000_001L, "f@example.org", "Facilitation",
                List.of(RoleAssignment.inTerritory(Role.FACILITATOR, ERDRE)));
    }

    @Test
    void answersAreReplacedAndAConsultationClosesOnce() {
        Consultation c = consultations.open(ERDRE, new Consultations.NewConsultation(ConsultationKind.RANKED_CHOICE,
                "Thème du séminaire", null, Instant.now().plus(3, ChronoUnit.DAYS), List.of("Eau", "Mobilités", "Santé"),
                List.of(), null, "contract-" + System.nanoTime()), facilitator());
        long eau = c.options().get(0).id(), mob = c.options().get(1).id(), sante = c.options().get(2).id();
        Collectivity one = members().get(1), two = members().get(2);

        assertThat(consultations.answer(c.id(), one.siren(), new Consultations.Answer(null, null, Map.of(eau, 1)),
                director(one, 700_000_010L))).isFalse();
        assertThat(consultations.answer(c.id(), one.siren(), new Consultations.Answer(null, "Changé",
                Map.of(sante, 1, mob, 2)), director(one, 700_000_010L))).isTrue();
        consultations.answer(c.id(), two.siren(), new Consultations.Answer(null, null, Map.of(mob, 1)),
                director(two, 700_000_011L));

        List<ConsultationAnswer> answers = consultations.answers(c.id());
        assertThat(answers).hasSize(2);
        assertThat(answers.get(0).ranking()).containsExactly(sante, mob);
        assertThat(answers.get(0).comment()).isEqualTo("Changé");
        assertThat(consultations.respondents(ERDRE).get(c.id())).containsExactlyInAnyOrder(one.siren(), two.siren());

        jdbc.sql("update consultation set closes_at = ? where id = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), c.id()).update();
        assertThat(consultations.closeDue()).contains(c.id());
        assertThat(consultations.closeDue()).doesNotContain(c.id());
        assertThatThrownBy(() -> consultations.answer(c.id(), two.siren(), new Consultations.Answer(null, null,
                Map.of(eau, 1)), director(two, 700_000_011L))).hasMessage("consultation.error.closed");
        assertThat(ConsultationResult.of(consultations.find(c.id()).orElseThrow(), consultations.answers(c.id()))
                .leaders()).containsExactly(mob);
    }

    @Test
    void turnsRemarksDistributionsAndReviewsAreStoredAndReadBack() {
        Meeting meeting = meetings.schedule(ERDRE, new Meetings.NewMeeting(LocalDateTime.of(2043, 2, 3, 9, 0), null,
                null, null, null, null));
        List<Collectivity> members = members();
        Collectivity epci = members.get(0), a = members.get(1), b = members.get(2);
        AgendaItem item = meetings.propose(meeting.id(), new Meetings.ProposedItem("Plan climat", null,
                ItemKind.DECISION, false, null, false), director(epci, 700_000_020L));

        SpeakingTurn first = turns.ask(item.id(), SpeakingIntent.FOR, director(a, 700_000_021L));
        turns.markSpoken(item.id(), first.id(), facilitator());
        SpeakingTurn again = turns.ask(item.id(), SpeakingIntent.QUESTION, director(a, 700_000_021L));
        SpeakingTurn other = turns.ask(item.id(), SpeakingIntent.AGAINST, director(b, 700_000_022L));
        turns.prioritiseUnheard(item.id(), facilitator());
        SpeakersList list = turns.list(item.id());
        assertThat(list.waiting()).extracting(SpeakingTurn::id).containsExactly(other.id(), again.id());
        assertThat(list.spoken()).extracting(SpeakingTurn::id).containsExactly(first.id());
        assertThat(list.heard()).containsExactly(a.siren());

        remarks.drop(meeting.id(), RemarkCategory.SENSITIVE_TOPIC, "Les piscines", director(a, 700_000_021L));
        assertThatThrownBy(() -> remarks.drop(meeting.id(), RemarkCategory.GROUP_FUNCTIONING, "Encore",
                director(a, 700_000_021L))).hasMessage("remarks.error.already");
        remarks.drop(meeting.id(), RemarkCategory.GROUP_FUNCTIONING, "Le tour de table", director(b, 700_000_022L));
        RemarkBox box = remarks.box(meeting.id(), director(a, 700_000_021L));
        assertThat(box.answered()).isEqualTo(2);
        assertThat(box.ownAnswered()).isTrue();
        assertThat(remarks.box(meeting.id(), facilitator()).remarks()).isEmpty();

        deliberations.express(item.id(), a.siren(), Stance.RESERVATION, "Sous condition", director(a, 700_000_021L));
        for (int i = 0; i < 7; i++) {
            Collectivity c = members.get(i == 1 ? 7 : i);
            if (!c.siren().equals(a.siren())) {
                deliberations.express(item.id(), c.siren(), Stance.AGREE, null, director(c, 700_000_030L + i));
            }
        }
        Decision decision = deliberations.decide(item.id(), "Plan adopté", LocalDate.of(2044, 1, 15), facilitator());
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.ADOPTED);
        ItemDistribution distribution = deliberations.distributions(List.of(item.id(), -1L)).get(item.id());
        assertThat(distribution.total()).isEqualTo(8);
        assertThat(distribution.count(Stance.RESERVATION)).isEqualTo(1);
        assertThat(distribution.voices()).extracting(ItemDistribution.Voice::argument).containsExactly("Sous condition");
        assertThat(distribution.outcome()).isEqualTo(DecisionOutcome.ADOPTED);
        assertThat(deliberations.reviews(ERDRE)).filteredOn(r -> r.itemId() == item.id())
                .extracting(DecisionReview::reviewOn).containsExactly(LocalDate.of(2044, 1, 15));

        ParityReport report = parity.compute(ERDRE, LocalDate.of(2043, 1, 1), LocalDate.of(2043, 12, 31));
        assertThat(report.collectivities()).filteredOn(r -> r.siren().equals(a.siren()))
                .extracting(ParityReport.Row::speakingTurns, ParityReport.Row::positions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1));
    }
}
