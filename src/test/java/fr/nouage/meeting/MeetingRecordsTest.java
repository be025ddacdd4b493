package fr.nouage.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import fr.nouage.platform.SafeMarkdown;
import fr.nouage.support.TestMessages;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;

class MeetingRecordsTest {

    private static final Instant START = Instant.parse("2027-01-14T08:00:00Z");
    private static final String MORTAGNE = "248500662";
    private static final String CHANVERRIE = "200085009";
    private static final String SAINT_LAURENT = "218502758";
    private static final String TIFFAUGES = "218502915";

    @Test
    void thePdfHoldsWhatARecordNeedsAndIsAnArchivablePdfA() throws IOException {
        byte[] pdf = MeetingRecords.render(TemplateEngine.createPrecompiled(ContentType.Html), TestMessages.bundles(),
                sheet("HELD", "Mme Durand, DGS de Mortagne", "Mutualisation de la commande publique"), Clock.fixed(START.plusSeconds(86_400), ZoneOffset.UTC));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Pays de Mortagne", "Collectif des directeurs", "14/01/2027 09:00",
                    "Salle du conseil, Mortagne-sur-Sèvre", "Mme Durand, DGS de Mortagne");
            assertThat(text).contains("Présentes (2)", "Mortagne-sur-Sèvre, Chanverrie", "Excusées (1)",
                    "Tiffauges", "Représentées (0)", "Non renseignées (1)", "Saint-Laurent-sur-Sèvre");
            assertThat(text).contains("Mutualisation de la commande publique", "Calendrier des conseils 2027");
            assertThat(text).contains("Avis technique — Avis favorable sous réserve d’un groupement",
                    "Issue : Pris acte");
            assertThat(text).contains("Le collectif a étudié trois scénarios", "premier point", "second point");
            assertThat(text).contains("Rédiger la convention de groupement", "31/03/2027", "À faire");
            assertThat(text).doesNotContain("alert(", "Document provisoire");
            assertThat(document.getDocumentInformation().getTitle()).contains("Pays de Mortagne", "14/01/2027");

            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void aMeetingNotHeldYetIsPrintedAsADraft() throws IOException {
        byte[] pdf = MeetingRecords.render(TemplateEngine.createPrecompiled(ContentType.Html), TestMessages.bundles(),
                sheet("PLANNED", null, "Mutualisation de la commande publique"), Clock.fixed(START, ZoneOffset.UTC));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Document provisoire", "Présidence de séance Non précisé");
        }
    }

    @Test
    void controlCharactersPastedIntoATextDoNotBreakThePdf() throws IOException {
        byte[] pdf = MeetingRecords.render(TemplateEngine.createPrecompiled(ContentType.Html), TestMessages.bundles(),
                sheet("HELD", "Mme\u0007 Durand", "Commande\u0000 publique\u001b mutualisée"), Clock.systemUTC());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Commande publique mutualisée", "Mme Durand");
        }
    }

    private static MinutesSheet sheet(String status, String chair, String firstTitle) {
        Meeting meeting = new Meeting(7, MORTAGNE, 1, START, START.plusSeconds(9000),
                "Salle du conseil, Mortagne-sur-Sèvre", MORTAGNE, CHANVERRIE, 48, START.minusSeconds(172_800),
                START.minusSeconds(172_800), 11L, null, status, chair, 3);
        AgendaItem opinion = new AgendaItem(21, 7, 1, firstTitle, null,
                ItemKind.TECHNICAL_OPINION, true, false, CHANVERRIE, START, 31L, ItemOutcome.OPINION,
                "Avis favorable sous réserve d’un groupement", """
                Le collectif a étudié trois scénarios.

                - premier point
                - second point

                <script>alert('x')</script>""", "Mme Durand", START, START, 2);
        AgendaItem noted = new AgendaItem(22, 7, 2, "Calendrier des conseils 2027", null, ItemKind.INFORMATION,
                false, false, MORTAGNE, START, null, ItemOutcome.NOTED, null, null, null, null, null, 0);
        ActionItem action = new ActionItem(5, MORTAGNE, 7, START, 21L, opinion.title(),
                "Rédiger la convention de groupement", CHANVERRIE, LocalDate.of(2027, 3, 31), ActionStatus.OPEN, null, 0);
        Map<String, String> names = new LinkedHashMap<>();
        names.put(MORTAGNE, "Mortagne-sur-Sèvre");
        names.put(CHANVERRIE, "Chanverrie");
        names.put(SAINT_LAURENT, "Saint-Laurent-sur-Sèvre");
        names.put(TIFFAUGES, "Tiffauges");
        return new MinutesSheet(meeting, "CC du Pays de Mortagne", "Collectif des directeurs", names,
                Map.of(MORTAGNE, AttendanceStatus.PRESENT, CHANVERRIE, AttendanceStatus.PRESENT, TIFFAUGES,
                        AttendanceStatus.EXCUSED),
                List.of(new MinutesSheet.Item(opinion, SafeMarkdown.toHtml(opinion.minutes()), "Commande publique",
                        List.of(action)), new MinutesSheet.Item(noted, "", null, List.of())),
                List.of(), true, null);
    }
}
