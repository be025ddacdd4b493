package fr.nouage.observatory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * One sheet as an OpenDocument spreadsheet (.ods): the three files a reader needs, the
 * {@code mimetype} first and stored uncompressed as the format requires. Numbers are written as
 * numbers, everything else as text (so that no text becomes a formula).
 */
final class OdsSheet {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private OdsSheet() {
    }

    static byte[] write(String name, List<List<Object>> rows) {
        StringBuilder content = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
                xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">
                <office:body><office:spreadsheet>""");
        content.append("<table:table table:name=\"").append(escape(name)).append("\">");
        for (List<Object> row : rows) {
            content.append("<table:table-row>");
            for (Object cell : row) {
                if (cell instanceof Number n) {
                    content.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(n)
                            .append("\"><text:p>").append(n).append("</text:p></table:table-cell>");
                } else {
                    content.append("<table:table-cell office:value-type=\"string\"><text:p>")
                            .append(escape(cell == null ? "" : cell.toString())).append("</text:p></table:table-cell>");
                }
            }
            content.append("</table:table-row>");
        }
        content.append("</table:table></office:spreadsheet></office:body></office:document-content>");
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>""".formatted(MEDIA_TYPE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = MEDIA_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(manifest.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
