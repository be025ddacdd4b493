package fr.nouage.deliberation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.Consultations;
import fr.nouage.support.IntegrationTest;
import fr.nouage.support.PageClient;
import fr.nouage.support.StatementCounting;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The page of a consultation costs the same number of SQL statements with 3 answers as with the 21
 * collectivités of the Pays d'Ancenis: answers are never read one by one.
 */
@Import(StatementCounting.class)
class ConsultationQueriesIT extends IntegrationTest {

    @Autowired
    Consultations consultations;
    @Autowired
    Territories territories;

    private Consultation open(String title) {
        return consultations.open(ANCENIS, new Consultations.NewConsultation(ConsultationKind.POINTS, title, null,
                Instant.now().plus(5, ChronoUnit.DAYS), List.of("Voirie", "Culture", "Sport"), List.of(), 9, null),
                DeliberationFixture.facilitator(ANCENIS));
    }

    private void answerAll(Consultation c, List<Collectivity> who) {
        long[] options = c.options().stream().mapToLong(Consultation.Option::id).toArray();
        for (Collectivity collectivity : who) {
            consultations.answer(c.id(), collectivity.siren(), new Consultations.Answer(null, "Avis de " + collectivity.name(),
                    Map.of(options[0], 5, options[1], 3, options[2], 1)), DeliberationFixture.director(ANCENIS, collectivity));
        }
    }

    @Test
    void theConsultationPageReadsAnswersInAConstantNumberOfStatements() {
        List<Collectivity> all = territories.collectivities(ANCENIS).stream().filter(Collectivity::active).toList();
        Consultation warmUp = open("Priorités, première lecture");
        Consultation few = open("Priorités, peu de réponses");
        Consultation many = open("Priorités, toutes les réponses");
        answerAll(warmUp, all.subList(0, 1));
        answerAll(few, all.subList(0, 3));
        answerAll(many, all);
        PageClient facilitator = new PageClient(baseUrl()).signIn("facilitateur@demo.nouage.fr", DEMO_PASSWORD);
        String fewPath = "/territoires/" + ANCENIS + "/consultations/" + few.id();
        String manyPath = "/territoires/" + ANCENIS + "/consultations/" + many.id();
        StatementCounting.statements(facilitator, "/territoires/" + ANCENIS + "/consultations/" + warmUp.id());

        // first readings: the answers are read from the database
        int forFew = StatementCounting.statements(facilitator, fewPath);
        int forMany = StatementCounting.statements(facilitator, manyPath);
        // a second reading finds them kept for the consultation's version
        int again = StatementCounting.statements(facilitator, manyPath);

        assertThat(facilitator.get(manyPath).text()).contains(all.size() + " collectivités sur " + all.size())
                .contains("Avis de " + all.get(all.size() - 1).name()).contains("Voirie<span class=\"badge\">en tête</span>");
        assertThat(forMany).as("statements with %d answers (%d) and with 3 (%d)", all.size(), forMany, forFew)
                .isPositive().isEqualTo(forFew).isLessThanOrEqualTo(8);
        assertThat(again).isEqualTo(forMany - 1);
    }
}
