package fr.nouage.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import fr.nouage.platform.LimitedInputStream;

/**
 * A zip archive opened defensively: before anything is read, every entry must have a name of the
 * archive's own layout (no folder climbing, no absolute path), their number and declared sizes
 * must stay within the limits, and no entry may inflate far beyond its compressed size; while
 * reading, no entry may give more bytes than it declared, nor all of them more than the limit.
 */
final class SafeZip implements Closeable {

    /** The only names an archive holds: its manifest, one JSON file per table, one file per stored value. */
    static final Pattern NAME = Pattern.compile(
            "manifest\\.json|data/[a-z_]{1,60}/[a-z_]{1,60}\\.json|files/[a-z_]{1,60}/[0-9]{1,9}\\.[a-z_]{1,60}");
    private static final long RATIO_CHECKED_FROM = 1024 * 1024;

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private final long maxUncompressed;
    private long read;

    private SafeZip(ZipFile zip, Map<String, ZipEntry> entries, long maxUncompressed) {
        this.zip = zip;
        this.entries = entries;
        this.maxUncompressed = maxUncompressed;
    }

    /**
     * Opens and checks an archive.
     *
     * @throws ArchiveRefusedException when the file is no zip or breaks a rule
     */
    static SafeZip open(Path file, ArchiveProperties limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (IOException e) {
            throw new ArchiveRefusedException("archive.error.notZip");
        }
        try {
            return new SafeZip(zip, checked(zip, limits), limits.maxUncompressedSize().toBytes());
        } catch (RuntimeException e) {
            closeQuietly(zip);
            throw e;
        }
    }

    private static Map<String, ZipEntry> checked(ZipFile zip, ArchiveProperties limits) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        long total = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entries.size() >= limits.maxEntries()) {
                throw new ArchiveRefusedException("archive.error.tooManyEntries", limits.maxEntries());
            }
            String name = entry.getName();
            if (!NAME.matcher(name).matches() || entries.containsKey(name)) {
                throw new ArchiveRefusedException("archive.error.entryName",
                        name.length() > 80 ? name.substring(0, 80) + "…" : name);
            }
            long size = entry.getSize();
            long compressed = Math.max(entry.getCompressedSize(), 1);
            if (size < 0 || size > RATIO_CHECKED_FROM && size / compressed > limits.maxCompressionRatio()) {
                throw new ArchiveRefusedException("archive.error.bomb");
            }
            total += size;
            if (total > limits.maxUncompressedSize().toBytes()) {
                throw new ArchiveRefusedException("archive.error.tooLarge", limits.maxUncompressedSize().toMegabytes());
            }
            entries.put(name, entry);
        }
        return entries;
    }

    /** The names of the entries, in the archive's order. */
    Set<String> names() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    boolean has(String name) {
        return entries.containsKey(name);
    }

    /** Reads an entry, no further than its declared size and the archive's limit. */
    InputStream open(String name) {
        ZipEntry entry = entries.get(name);
        if (entry == null) {
            throw new ArchiveRefusedException("archive.error.missingEntry", name);
        }
        try {
            // no further than the entry's declared size, nor than the archive's limit over every entry read
            return new LimitedInputStream(zip.getInputStream(entry), entry.getSize(), SafeZip::bomb) {
                @Override
                protected void counted(long n) {
                    read += n;
                    if (read > maxUncompressed) {
                        throw bomb();
                    }
                }
            };
        } catch (IOException e) {
            throw new ArchiveRefusedException("archive.error.notZip");
        }
    }

    /** The whole content of an entry. */
    byte[] bytes(String name) {
        try (InputStream in = open(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ArchiveRefusedException("archive.error.notZip");
        }
    }

    private static ArchiveRefusedException bomb() {
        return new ArchiveRefusedException("archive.error.bomb");
    }

    @Override
    public void close() {
        closeQuietly(zip);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
