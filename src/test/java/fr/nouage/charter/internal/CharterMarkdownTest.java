package fr.nouage.charter.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.nouage.charter.CharterException;
import fr.nouage.charter.RuleParameter;
import fr.nouage.charter.RuleParameters;
import fr.nouage.charter.Theme;
import fr.nouage.charter.internal.CharterText.ArticleText;

class CharterMarkdownTest {

    private static final Map<Theme, String> LABELS = Map.of(Theme.ROLES, "Rôles et missions", Theme.DECISION,
            "Processus de décision", Theme.INFORMATION, "Circulation de l'information", Theme.COPILOTING, "Copilotage",
            Theme.TRUST, "Pacte de confiance", Theme.INFORMAL, "Vie informelle", Theme.ANNEX, "Annexes");

    private final CharterMarkdown markdown = new CharterMarkdown(LABELS::get, "Règle active");

    @Test
    void aCharterWrittenThenReadIsUnchanged() {
        CharterText charter = new CharterText("Charte du collectif", "Préambule *commun*.", List.of(
                new ArticleText("objet", Theme.ROLES, "Objet", "Le collectif prépare.\n\n- point un\n- point deux",
                        RuleParameters.NONE),
                new ArticleText("ordre-du-jour", Theme.DECISION, "Ordre du jour", "Envoyé à l'avance.",
                        RuleParameters.parse("agendaLeadHours = 48")),
                new ArticleText("fiche", Theme.ANNEX, "Fiche de poste", "#### Missions\n\nParticiper.",
                        RuleParameters.NONE)));
        String md = markdown.write(charter);
        assertThat(md).contains("## Processus de décision {#decision}", "### Ordre du jour {#ordre-du-jour}",
                "> Règle active : agendaLeadHours = 48");
        assertThat(markdown.read(md)).isEqualTo(charter);
        assertThat(markdown.write(markdown.read(md))).isEqualTo(md);
    }

    @Test
    void theModelCharterRoundTripsAndSetsEveryRuleOnce() throws IOException {
        String model;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CharterDocuments.MODEL)) {
            model = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        CharterText charter = markdown.read(model);
        assertThat(charter.title()).isEqualTo("Charte de fonctionnement du collectif des directeurs");
        assertThat(charter.articles()).extracting(ArticleText::theme).containsAll(List.of(Theme.values()));
        assertThat(charter.articles().stream().flatMap(a -> a.rule().values().keySet().stream()))
                .containsExactlyInAnyOrder(RuleParameter.values());
        assertThat(RuleParameters.rulesOf(charter.articles().stream().map(ArticleText::rule).toList()))
                .isEqualTo(fr.nouage.rules.ActiveRules.defaults());
        assertThat(markdown.read(markdown.write(charter))).isEqualTo(charter);
    }

    @Test
    void themesAreRecognisedByLabelAndKeysMadeFromTitlesWhenNotGiven() {
        CharterText charter = markdown.read("""
                # Ma charte

                ## Processus de Décision

                ### Étapes d'une décision

                Texte.

                ### Étapes d'une décision

                Autre texte.
                > **Règle active** : quorumPercent = 60
                """);
        assertThat(charter.articles()).extracting(ArticleText::key).containsExactly("etapes-d-une-decision",
                "etapes-d-une-decision-2");
        assertThat(charter.articles()).allMatch(a -> a.theme() == Theme.DECISION);
        assertThat(charter.articles().get(1).rule().format()).isEqualTo("quorumPercent = 60");
    }

    @Test
    void markdownOutsideTheConventionIsRefusedWithAReason() {
        assertThatThrownBy(() -> markdown.read("Pas de titre")).isInstanceOfSatisfying(CharterException.class,
                e -> assertThat(e.messageKey()).isEqualTo("charter.error.import.noTitle"));
        assertThatThrownBy(() -> markdown.read("# T\n\n### Article sans thème\n")).isInstanceOfSatisfying(
                CharterException.class, e -> assertThat(e.messageKey()).isEqualTo("charter.error.import.noTheme"));
        assertThatThrownBy(() -> markdown.read("# T\n\n## Thème inconnu\n")).isInstanceOfSatisfying(
                CharterException.class, e -> assertThat(e.messageKey()).isEqualTo("charter.error.import.theme"));
        assertThatThrownBy(() -> markdown.read("# T\n\n## Copilotage\n\n### A\n\n> Règle active : foo = 1\n"))
                .isInstanceOfSatisfying(CharterException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("charter.error.ruleUnknown"));
    }
}
