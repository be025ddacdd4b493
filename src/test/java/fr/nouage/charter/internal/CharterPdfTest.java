package fr.nouage.charter.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import fr.nouage.charter.CharterStatus;
import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.RuleParameters;
import fr.nouage.charter.Theme;
import fr.nouage.charter.internal.CharterText.ArticleText;
import fr.nouage.rules.AdoptionRule;
import fr.nouage.support.TestMessages;

/** The charter exported as PDF is an archivable PDF/A, like every act Nouage prints. */
class CharterPdfTest {

    private static final Instant NOW = Instant.parse("2027-03-01T09:00:00Z");

    private final CharterDocuments documents = new CharterDocuments(TestMessages.bundles());

    @BeforeEach
    void french() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
    }

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theModelCharterPrintsAsAPdfAWithItsArticlesAndRules() throws IOException {
        CharterVersion version = new CharterVersion(1, "244400503", 2, CharterStatus.IN_FORCE,
                "Charte de fonctionnement du collectif des directeurs", "", NOW, "Mme Durand", NOW, NOW, null,
                AdoptionRule.ALL, 3);
        byte[] pdf = documents.pdf(version, documents.model(), "CC d'Erdre et Gesvres");

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Charte de fonctionnement du collectif des directeurs",
                    "CC d'Erdre et Gesvres", "version 2", "Processus de décision",
                    "Préparation et envoi de l'ordre du jour", "48 heures", "toutes les collectivités",
                    "Fiche de poste : le directeur général des services dans le collectif");
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Charte de fonctionnement du collectif des directeurs");
            assertPdfA(document);
        }
    }

    @Test
    void markdownLinksAndPastedControlCharactersKeepItAPdfA() throws IOException {
        CharterText text = new CharterText("Charte\u0007 du collectif", "Préambule *commun*.", List.of(
                new ArticleText("objet", Theme.ROLES, "Objet", "Voir [le guide](https://www.example.org/guide)"
                        + " et l'\u0007annexe.", RuleParameters.parse("quorumPercent = 60"))));
        CharterVersion version = new CharterVersion(1, "244400503", 1, CharterStatus.DRAFT, text.title(), "", NOW,
                null, null, null, null, null, 0);

        try (PDDocument document = Loader.loadPDF(documents.pdf(version, text, "CC d'Erdre et Gesvres"))) {
            PDFTextStripper reading = new PDFTextStripper();
            reading.setSortByPosition(true);
            assertThat(reading.getText(document)).contains("Charte du collectif", "Préambule commun.",
                    "Voir le guide et l'annexe.", "plus de 60 % des collectivités");
            assertPdfA(document);
        }
    }

    /** PDF/A-3u identification in the XMP metadata, and every font embedded. */
    static void assertPdfA(PDDocument document) throws IOException {
        String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
        assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
        for (PDPage page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                assertThat(page.getResources().getFont(name).isEmbedded()).as(name.getName()).isTrue();
            }
        }
    }
}
