package fr.nouage.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each accepted format, and impostors, made in memory for tests. */
public final class TestDocuments {

    private TestDocuments() {
    }

    public static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return body.getBytes(StandardCharsets.ISO_8859_1);
    }

    public static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    public static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    }

    /** A Windows executable: what a ".pdf" that is not one may really be. */
    public static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        return b;
    }

    public static byte[] docx(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "/word/document.xml"));
        entries.put("_rels/.rels", "<Relationships/>");
        entries.put("word/document.xml", "<w:document><w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>");
        return zip(entries, null);
    }

    public static byte[] docm() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("application/vnd.ms-word.document.macroEnabled.main+xml", "/word/document.xml"));
        entries.put("word/document.xml", "<w:document/>");
        entries.put("word/vbaProject.bin", "macro");
        return zip(entries, null);
    }

    public static byte[] xlsx() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "/xl/workbook.xml"));
        entries.put("xl/workbook.xml", "<workbook/>");
        return zip(entries, null);
    }

    public static byte[] odt() {
        return odf("application/vnd.oasis.opendocument.text");
    }

    public static byte[] ods() {
        return odf("application/vnd.oasis.opendocument.spreadsheet");
    }

    private static byte[] odf(String mimetype) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("content.xml", "<office:document-content/>");
        entries.put("META-INF/manifest.xml", "<manifest:manifest/>");
        return zip(entries, mimetype);
    }

    /** A zip whose first entry, {@code mimetype}, is stored uncompressed as OpenDocument requires. */
    public static byte[] zip(Map<String, String> entries, String storedMimetype) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            if (storedMimetype != null) {
                byte[] bytes = storedMimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String contentTypes(String mainType, String mainPart) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"" + mainPart + "\" ContentType=\"" + mainType + "\"/></Types>";
    }
}
