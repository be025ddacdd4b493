package fr.nouage.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import fr.nouage.meeting.DocumentFormat;
import fr.nouage.support.TestDocuments;

class DocumentFormatsTest {

    @Test
    void recognisesEachAcceptedFormatFromItsContent() {
        assertThat(DocumentFormats.detect(TestDocuments.pdf("x"))).contains(DocumentFormat.PDF);
        assertThat(DocumentFormats.detect(TestDocuments.png())).contains(DocumentFormat.PNG);
        assertThat(DocumentFormats.detect(TestDocuments.jpeg())).contains(DocumentFormat.JPEG);
        assertThat(DocumentFormats.detect(TestDocuments.odt())).contains(DocumentFormat.ODT);
        assertThat(DocumentFormats.detect(TestDocuments.ods())).contains(DocumentFormat.ODS);
        assertThat(DocumentFormats.detect(TestDocuments.docx("Budget"))).contains(DocumentFormat.DOCX);
        assertThat(DocumentFormats.detect(TestDocuments.xlsx())).contains(DocumentFormat.XLSX);
    }

    @Test
    void refusesAnExecutableAnArchiveAndText() {
        assertThat(DocumentFormats.detect(TestDocuments.exe())).isEmpty();
        assertThat(DocumentFormats.detect(TestDocuments.zip(Map.of("readme.txt", "hello"), null))).isEmpty();
        assertThat(DocumentFormats.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentFormats.detect(new byte[0])).isEmpty();
    }

    @Test
    void refusesAMacroEnabledWordFile() {
        assertThat(DocumentFormats.detect(TestDocuments.docm())).isEmpty();
    }

    @Test
    void refusesAZipWithAPdfOrExecutableBeforeIt() {
        byte[] docx = TestDocuments.docx("x");
        byte[] disguised = new byte[docx.length + 2];
        disguised[0] = 'M';
        disguised[1] = 'Z';
        System.arraycopy(docx, 0, disguised, 2, docx.length);
        assertThat(DocumentFormats.detect(disguised)).isEmpty();
    }

    @Test
    void refusesAnOpenDocumentWhoseMimetypeIsCompressedOrForeign() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("mimetype", "application/vnd.oasis.opendocument.text");
        entries.put("content.xml", "<x/>");
        assertThat(DocumentFormats.detect(TestDocuments.zip(entries, null))).isEmpty();
        assertThat(DocumentFormats.detect(TestDocuments.zip(Map.of("content.xml", "<x/>"), "application/x-foo"))).isEmpty();
    }

    @Test
    void refusesATruncatedZip() {
        byte[] docx = TestDocuments.docx("x");
        assertThat(DocumentFormats.detect(Arrays.copyOf(docx, docx.length - 10))).isEmpty();
        assertThat(DocumentFormats.detect(Arrays.copyOf(docx, 40))).isEmpty();
    }

    @Test
    void refusesAZipBombWithoutExpandingIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types>wordprocessingml.document.main+xml</Types>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 310; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(DocumentFormats.detect(bomb)).isEmpty();
    }

    @Test
    void refusesAZipWithTooManyEntries() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types>wordprocessingml.document.main+xml</Types>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            for (int i = 0; i < OfficeZip.MAX_ENTRIES + 1; i++) {
                zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                zip.closeEntry();
            }
        }
        assertThat(DocumentFormats.detect(out.toByteArray())).isEmpty();
    }
}
