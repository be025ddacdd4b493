package fr.nouage.deliberation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Results of consultations computed from answers, and answers checked against their kind. */
class ConsultationResultTest {

    private static final Instant NOW = Instant.parse("2030-03-01T10:00:00Z");

    private static Consultation consultation(ConsultationKind kind, Integer points, long... options) {
        List<Consultation.Option> list = new java.util.ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            list.add(new Consultation.Option(options[i], i + 1, "Option " + options[i],
                    kind == ConsultationKind.DATE_POLL ? NOW.plusSeconds(86_400L * (i + 1)) : null));
        }
        return new Consultation(7, "248500530", kind, "Sujet", null, points, 1L, "A", NOW, NOW.plusSeconds(3600), null,
                list);
    }

    private static ConsultationAnswer answer(String siren, Map<Long, Integer> values) {
        return new ConsultationAnswer(siren, null, null, values, "X", NOW);
    }

    @Test
    void pointsAreSummedAndTheMostPointsLead() {
        Consultation c = consultation(ConsultationKind.POINTS, 100, 1, 2, 3);
        // 60 + 20 + 0 = 80 for option 1; 40 + 30 + 50 = 120 for option 2; 0 + 50 + 50 = 100 for option 3
        var result = ConsultationResult.of(c, List.of(answer("a", Map.of(1L, 60, 2L, 40)),
                answer("b", Map.of(1L, 20, 2L, 30, 3L, 50)), answer("c", Map.of(2L, 50, 3L, 50))));

        assertThat(result.totals()).containsExactly(Map.entry(1L, 80), Map.entry(2L, 120), Map.entry(3L, 100));
        assertThat(result.leaders()).containsExactly(2L);
    }

    @Test
    void theDatesWithMostCollectivitiesAvailableLeadTogetherWhenTied() {
        Consultation c = consultation(ConsultationKind.DATE_POLL, null, 1, 2, 3);
        var result = ConsultationResult.of(c, List.of(answer("a", Map.of(1L, 1, 2L, 1)), answer("b", Map.of(2L, 1, 3L, 1)),
                answer("c", Map.of(1L, 1)), answer("d", Map.of())));

        assertThat(result.totals()).containsExactly(Map.entry(1L, 2), Map.entry(2L, 2), Map.entry(3L, 1));
        assertThat(result.leaders()).containsExactly(1L, 2L);
        assertThat(result.answers()).isEqualTo(4);
    }

    @Test
    void aSingleChoiceCountsVotesAndNobodyLeadsWithoutAnswers() {
        Consultation c = consultation(ConsultationKind.SINGLE_CHOICE, null, 1, 2);
        assertThat(ConsultationResult.of(c, List.of(answer("a", Map.of(2L, 1)), answer("b", Map.of(2L, 1)),
                answer("c", Map.of(1L, 1)))).leaders()).containsExactly(2L);
        assertThat(ConsultationResult.of(c, List.of()).leaders()).isEmpty();
    }

    @Test
    void aRankedChoiceGivesTheRunoffWinnerAndFirstPreferences() {
        Consultation c = consultation(ConsultationKind.RANKED_CHOICE, null, 1, 2, 3);
        // rankings: 1>2, 2>1, 3>2 : round 1 gives 1, 1, 1; 3 (listed last) goes; round 2: 1 vs 2+1
        var result = ConsultationResult.of(c, List.of(answer("a", Map.of(1L, 1, 2L, 2)),
                answer("b", Map.of(2L, 1, 1L, 2)), answer("c", Map.of(3L, 1, 2L, 2))));

        assertThat(result.totals()).containsExactly(Map.entry(1L, 1), Map.entry(2L, 1), Map.entry(3L, 1));
        assertThat(result.leaders()).containsExactly(2L);
        assertThat(result.runoff().rounds()).hasSize(2);
    }

    @Test
    void aProposalIsConsentedToOnlyWithoutObjection() {
        Consultation c = consultation(ConsultationKind.CONSENT, null);
        var agree = new ConsultationAnswer("a", Stance.AGREE, null, Map.of(), "X", NOW);
        var object = new ConsultationAnswer("b", Stance.OBJECTION, "Trop cher", Map.of(), "Y", NOW);
        assertThat(ConsultationResult.of(c, List.of(agree)).consented()).isTrue();
        assertThat(ConsultationResult.of(c, List.of(agree, object)).consented()).isFalse();
        assertThat(ConsultationResult.of(c, List.of(agree, object)).stances()).containsEntry(Stance.OBJECTION, 1);
    }

    @Test
    void ranksAreRenumberedAndARankGivenTwiceIsRefused() {
        Consultation c = consultation(ConsultationKind.RANKED_CHOICE, null, 1, 2, 3);
        Map<Long, Integer> gaps = new LinkedHashMap<>();
        gaps.put(3L, 5);
        gaps.put(1L, 2);
        assertThat(AnswerCheck.values(c, null, null, gaps)).containsExactly(Map.entry(1L, 1), Map.entry(3L, 2));
        assertThatThrownBy(() -> AnswerCheck.values(c, null, null, Map.of(1L, 1, 2L, 1)))
                .isInstanceOf(DeliberationException.class).hasMessage("consultation.error.ranks");
    }

    @Test
    void pointsMustAddUpToTheTotalAndOptionsMustBelongToTheConsultation() {
        Consultation c = consultation(ConsultationKind.POINTS, 10, 1, 2);
        assertThat(AnswerCheck.values(c, null, null, Map.of(1L, 10, 2L, 0))).containsExactly(Map.entry(1L, 10));
        assertThatThrownBy(() -> AnswerCheck.values(c, null, null, Map.of(1L, 6, 2L, 6)))
                .hasMessage("consultation.error.points");
        assertThatThrownBy(() -> AnswerCheck.values(c, null, null, Map.of(1L, 12, 2L, -2)))
                .hasMessage("consultation.error.points");
        assertThatThrownBy(() -> AnswerCheck.values(c, null, null, Map.of(99L, 10)))
                .hasMessage("consultation.error.unknownOption");
    }
}
