package fr.nouage.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ConsultationRepositoryTest {

    @Test
    void anAnswersValuesAreReadFromTheirAggregate() {
        assertThat(ConsultationRepository.answerValues("12:3,7:1,40:25")).isEqualTo(Map.of(12L, 3, 7L, 1, 40L, 25));
    }

    @Test
    void anAnswerWithoutValuesHasNone() {
        assertThat(ConsultationRepository.answerValues(null)).isEmpty();
        assertThat(ConsultationRepository.answerValues("")).isEmpty();
    }
}
