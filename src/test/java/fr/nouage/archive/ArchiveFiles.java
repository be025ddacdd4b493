package fr.nouage.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Reading, rewriting and forging territory archives in tests. */
final class ArchiveFiles {

    private ArchiveFiles() {
    }

    /** The entries of a zip, by name, in order. */
    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    /** A zip of these entries. */
    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The archive with the text of its JSON entries (data and manifest) rewritten. */
    static byte[] rewritten(byte[] archive, BiFunction<String, String, String> rewrite) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries(archive).forEach((name, bytes) -> entries.put(name, name.endsWith(".json")
                ? rewrite.apply(name, new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8)
                : bytes));
        return zip(entries);
    }

    /** The archive with one more entry. */
    static byte[] with(byte[] archive, String name, byte[] content) {
        Map<String, byte[]> entries = new LinkedHashMap<>(entries(archive));
        entries.put(name, content);
        return zip(entries);
    }
}
