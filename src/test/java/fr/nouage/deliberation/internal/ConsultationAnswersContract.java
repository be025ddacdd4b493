package fr.nouage.deliberation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.deliberation.ConsultationAnswer;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.Stance;
import fr.nouage.support.NouageIT;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The answers an instance keeps between two readings of a consultation are never older than the
 * database's: an answer given or changed through another instance shows at the next reading.
 */
abstract class ConsultationAnswersContract extends NouageIT {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Territories territories;

    @Test
    void anAnswerGivenOnAnotherInstanceShowsAtTheNextReading() {
        ConsultationRepository here = new ConsultationRepository(jdbc);
        ConsultationRepository there = new ConsultationRepository(jdbc);
        List<Collectivity> members = territories.collectivities(ERDRE);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long account = jdbc.sql("select min(id) from account").query(Long.class).single();
        long id = here.insert(new ConsultationRepository.NewConsultation(ERDRE, ConsultationKind.CONSENT,
                "Mutualiser le service commun", "Texte", null, account, "Facilitation", now.plus(7, ChronoUnit.DAYS),
                List.of(), List.of(), null), now);

        here.saveAnswer(id, members.get(0).siren(), Stance.AGREE, null, Map.of(), account, "Direction A", now);
        assertThat(here.answers(id)).extracting(ConsultationAnswer::stance).containsExactly(Stance.AGREE);

        there.saveAnswer(id, members.get(1).siren(), Stance.OBJECTION, "Coût", Map.of(), account, "Direction B", now);
        assertThat(here.answers(id)).extracting(ConsultationAnswer::stance)
                .containsExactly(Stance.AGREE, Stance.OBJECTION);

        there.saveAnswer(id, members.get(0).siren(), Stance.RESERVATION, "Calendrier", Map.of(), account, "Direction A",
                now);
        assertThat(here.answers(id)).extracting(ConsultationAnswer::stance)
                .containsExactly(Stance.RESERVATION, Stance.OBJECTION);
        assertThat(here.answers(id)).isSameAs(here.answers(id));
    }
}
