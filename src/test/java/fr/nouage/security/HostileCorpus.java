package fr.nouage.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import fr.nouage.support.TestDocuments;

/** The hostile payloads of {@code hostile/payloads.txt} and hostile files made in memory. */
final class HostileCorpus {

    /** A payload: its name in the corpus and its text. */
    record Payload(String name, String value) {

        /** Whether the payload is a script that would set {@code window.__xss} or open a dialog if run. */
        boolean script() {
            return value.contains("window.__xss") || value.contains("alert(");
        }
    }

    /** A file sent as an attachment. */
    record HostileFile(String name, String fileName, String contentType, byte[] content)
            implements fr.nouage.support.PageClient.FilePart {
    }

    private static final Pattern REPEAT = Pattern.compile("\\{repeat (\\d+) ([^}]*)}");
    private static final Pattern UNICODE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

    private HostileCorpus() {
    }

    static List<Payload> payloads() {
        List<Payload> payloads = new ArrayList<>();
        try (InputStream in = HostileCorpus.class.getResourceAsStream("/hostile/payloads.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                payloads.add(new Payload(line.substring(0, tab), unescape(line.substring(tab + 1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return payloads;
    }

    static String unescape(String text) {
        Matcher repeat = REPEAT.matcher(text);
        StringBuilder expanded = new StringBuilder();
        while (repeat.find()) {
            repeat.appendReplacement(expanded, Matcher.quoteReplacement(repeat.group(2).repeat(Integer.parseInt(repeat.group(1)))));
        }
        repeat.appendTail(expanded);
        Matcher unicode = UNICODE.matcher(expanded.toString().replace("\\n", "\n").replace("\\r", "\r")
                .replace("\\t", "\t"));
        StringBuilder result = new StringBuilder();
        while (unicode.find()) {
            unicode.appendReplacement(result, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(unicode.group(1), 16))));
        }
        unicode.appendTail(result);
        return result.toString().replace("\\\\", "\\");
    }

    /** Form values that are not UTF-8, already URL-encoded: a lone byte, a surrogate, an overlong slash. */
    static final List<String> INVALID_UTF8 = List.of("caf%E9", "%C3%28%A0%A1", "%ED%A0%80", "%C0%AF%C0%AF", "%FF%FE%FD");

    /** Attachments an agenda item, a charter or a pact may be sent: polyglots, bombs and impostors. */
    static List<HostileFile> files() {
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("gif-js-polyglot", "image.gif", "image/gif",
                ("GIF89a/*\u0000\u0000*/=1;window.__xss=1;//").getBytes(StandardCharsets.ISO_8859_1)));
        files.add(new HostileFile("pdf-with-html", "rapport.pdf", "application/pdf",
                ("%PDF-1.4\n<html><body><script>window.__xss=1</script></body></html>\n%%EOF\n")
                        .getBytes(StandardCharsets.ISO_8859_1)));
        files.add(new HostileFile("html-named-pdf", "rapport.pdf", "application/pdf",
                "<html><script>window.__xss=1</script></html>".getBytes(StandardCharsets.UTF_8)));
        files.add(new HostileFile("svg-script", "schema.svg", "image/svg+xml",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.__xss=1\"/>".getBytes(StandardCharsets.UTF_8)));
        files.add(new HostileFile("exe-named-pdf", "note.pdf", "application/pdf", TestDocuments.exe()));
        files.add(new HostileFile("png-with-script-tail", "photo.png", "image/png",
                concat(TestDocuments.png(), "<script>window.__xss=1</script>".getBytes(StandardCharsets.UTF_8))));
        files.add(new HostileFile("docx-zip-bomb", "budget.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", zipBomb(64)));
        files.add(new HostileFile("docx-lying-sizes", "budget.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", lyingZip()));
        files.add(new HostileFile("docm-macro", "budget.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", TestDocuments.docm()));
        files.add(new HostileFile("truncated-zip", "tableau.xlsx", "application/zip",
                java.util.Arrays.copyOf(TestDocuments.xlsx(), 40)));
        files.add(new HostileFile("empty", "vide.pdf", "application/pdf", new byte[0]));
        return files;
    }

    /** A .docx whose document part expands to {@code megabytes} MB of zeros (a real zip bomb, small to send). */
    static byte[] zipBomb(int megabytes) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A gzip file that expands to {@code megabytes} MB: a JSON list that never ends. */
    static byte[] gzipBomb(int megabytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write('[');
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                gzip.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A small .docx whose directory claims an entry of almost 4 GB. */
    static byte[] lyingZip() {
        byte[] zip = TestDocuments.docx("texte");
        for (int p = zip.length - 22; p >= 0; p--) {
            if (zip[p] == 'P' && zip[p + 1] == 'K' && zip[p + 2] == 1 && zip[p + 3] == 2) {
                zip[p + 24] = (byte) 0xF0;
                zip[p + 25] = (byte) 0xFF;
                zip[p + 26] = (byte) 0xFF;
                zip[p + 27] = (byte) 0xFF;
            }
        }
        return zip;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
