package fr.nouage.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    @Test
    void anXhtmlDocumentBecomesAPdfAWithItsTitleAndEveryFrenchCharacter() throws IOException {
        byte[] pdf = PdfRenderer.render("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><meta charset="UTF-8" />
                <title>Relevé de décisions</title>
                <style>body { font-family: '%s'; }</style></head>
                <body><h1>Relevé de décisions</h1><p>Œuvre commune : « élan », naïveté, 12 €.</p>
                <p><img src="http://192.0.2.1/tracker.png" alt="" />Fin\u0001.</p></body></html>
                """.formatted(PdfRenderer.FONT_FAMILY));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Œuvre commune : « élan », naïveté, 12 €.",
                    "Fin.");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Relevé de décisions");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).containsPattern("pdfaid:part(>|=\")3").containsPattern("pdfaid:conformance(>|=\")U");
        }
    }

    @Test
    void codeInTheTextIsWrittenInTheEmbeddedMonospaceFont() throws IOException {
        byte[] pdf = PdfRenderer.render("""
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><meta charset="UTF-8" />
                <title>Charte</title>
                <style>body { font-family: '%s'; }</style></head>
                <body><p>Le délai se règle par <code>delai_ordre_du_jour = 48</code>.</p>
                <pre><code>quorum: moitié + 1</code></pre><p><kbd>Entrée</kbd> <samp>ok</samp> <tt>tt</tt></p>
                <p style="font-family: serif">Serif demandé</p><p style="font-family: sans-serif">Sans</p></body></html>
                """.formatted(PdfRenderer.FONT_FAMILY));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("delai_ordre_du_jour = 48", "quorum: moitié + 1",
                    "Serif demandé");
            java.util.Set<String> fonts = new java.util.TreeSet<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
                }
            }
            assertThat(fonts).as("every font embedded").allMatch(f -> !f.endsWith("(not embedded)"))
                    .anyMatch(f -> f.contains("DejaVuSansMono"));
        }
    }
}
