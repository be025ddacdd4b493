package fr.nouage.charter.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal OpenDocument text (ODT): the {@code mimetype} entry first and stored uncompressed, the
 * manifest, and a {@code content.xml} of headings and paragraphs. Markdown is reduced to plain
 * paragraphs (list items keep a bullet or their number; emphasis marks are dropped).
 */
final class CharterOdt {

    static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

    /** A heading (level 1 to 3) or a paragraph (level 0). */
    record Block(int level, String text) {
        static Block heading(int level, String text) {
            return new Block(level, text);
        }

        static Block paragraph(String text) {
            return new Block(0, text);
        }
    }

    private CharterOdt() {
    }

    /** Appends the paragraphs of a Markdown text. */
    static void markdown(List<Block> blocks, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\n")) {
            String line = raw.strip();
            boolean item = line.matches("^([-*+]|\\d+[.)])\\s+.*");
            if (line.isEmpty() || item || line.startsWith("#")) {
                flush(blocks, paragraph);
            }
            if (line.isEmpty()) {
                continue;
            }
            if (item) {
                String text = line.replaceFirst("^[-*+]\\s+", "\u2022 ");
                blocks.add(Block.paragraph(plain(text)));
            } else if (line.startsWith("#")) {
                blocks.add(Block.paragraph(plain(line.replaceFirst("^#+\\s*", ""))));
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : " ").append(line.replaceFirst("^>\\s*", ""));
            }
        }
        flush(blocks, paragraph);
    }

    private static void flush(List<Block> blocks, StringBuilder paragraph) {
        if (!paragraph.isEmpty()) {
            blocks.add(Block.paragraph(plain(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static String plain(String text) {
        return text.replaceAll("\\*\\*|__|(?<![\\w*])[*_](?=\\S)|(?<=\\S)[*_](?![\\w*])|`", "")
                .replaceAll("\\[([^\\]]*)\\]\\(([^)]*)\\)", "$1 ($2)");
    }

    static byte[] write(List<Block> blocks) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            first.setCompressedSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", manifest());
            entry(zip, "styles.xml", styles());
            entry(zip, "content.xml", content(blocks));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String manifest() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.formatted(MIMETYPE);
    }

    private static String styles() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
                 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3">
                 <office:styles>
                  <style:style style:name="Standard" style:family="paragraph">
                   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
                  </style:style>
                  <style:style style:name="Heading_1" style:display-name="Heading 1" style:family="paragraph">
                   <style:text-properties fo:font-size="18pt" fo:font-weight="bold"/>
                  </style:style>
                  <style:style style:name="Heading_2" style:display-name="Heading 2" style:family="paragraph">
                   <style:paragraph-properties fo:margin-top="0.5cm"/>
                   <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
                  </style:style>
                  <style:style style:name="Heading_3" style:display-name="Heading 3" style:family="paragraph">
                   <style:paragraph-properties fo:margin-top="0.3cm"/>
                   <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
                  </style:style>
                 </office:styles>
                </office:document-styles>
                """;
    }

    static String content(List<Block> blocks) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                <office:body><office:text>
                """);
        for (Block b : blocks) {
            String text = xmlText(b.text());
            if (b.level() > 0) {
                xml.append("<text:h text:style-name=\"Heading_").append(b.level()).append("\" text:outline-level=\"")
                        .append(b.level()).append("\">").append(text).append("</text:h>\n");
            } else {
                xml.append("<text:p text:style-name=\"Standard\">").append(text).append("</text:p>\n");
            }
        }
        return xml.append("</office:text></office:body></office:document-content>\n").toString();
    }

    private static String xmlText(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
