package fr.nouage.meeting.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import fr.nouage.meeting.DocumentFormat;

/**
 * Reads just enough of a zip held in memory to tell an OpenDocument or Office Open XML file: its
 * central directory (a bounded number of entries) and one small entry. Nothing else is ever
 * decompressed, and a zip declaring too many entries or too much content (a zip bomb) is refused.
 */
final class OfficeZip {

    static final int MAX_ENTRIES = 5_000;
    static final long MAX_UNCOMPRESSED = 300L * 1024 * 1024;
    private static final int MAX_SMALL_ENTRY = 512 * 1024;
    private static final int EOCD = 0x06054b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";

    private record Entry(int method, long compressedSize, long size, long localOffset) {
    }

    private final byte[] zip;
    private final Map<String, Entry> entries;

    private OfficeZip(byte[] zip, Map<String, Entry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    /** The zip's directory, empty when it is malformed, encrypted, ZIP64 or too big once expanded. */
    static Optional<OfficeZip> read(byte[] zip) {
        try {
            int eocd = endOfCentralDirectory(zip);
            if (eocd < 0) {
                return Optional.empty();
            }
            int count = u16(zip, eocd + 10);
            long offset = u32(zip, eocd + 16);
            if (count == 0xFFFF || offset == 0xFFFFFFFFL || count > MAX_ENTRIES) {
                return Optional.empty();
            }
            Map<String, Entry> entries = new HashMap<>();
            long total = 0;
            int p = Math.toIntExact(offset);
            for (int i = 0; i < count; i++) {
                if (i32(zip, p) != CENTRAL || (u16(zip, p + 8) & 1) != 0) {
                    return Optional.empty();
                }
                long size = u32(zip, p + 24);
                total += size;
                if (total > MAX_UNCOMPRESSED) {
                    return Optional.empty();
                }
                int nameLength = u16(zip, p + 28);
                String name = new String(zip, p + 46, nameLength, StandardCharsets.UTF_8);
                entries.putIfAbsent(name, new Entry(u16(zip, p + 10), u32(zip, p + 20), size, u32(zip, p + 42)));
                p += 46 + nameLength + u16(zip, p + 30) + u16(zip, p + 32);
            }
            return Optional.of(new OfficeZip(zip, entries));
        } catch (IndexOutOfBoundsException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** ODT or ODS by their stored {@code mimetype} entry; DOCX or XLSX by their declared main part. */
    Optional<DocumentFormat> format() {
        if (entries.keySet().stream().anyMatch(n -> n.endsWith("vbaProject.bin"))) {
            return Optional.empty();
        }
        Entry mimetype = entries.get("mimetype");
        if (mimetype != null) {
            String declared = mimetype.method() == 0 ? text(mimetype) : null;
            if (declared == null || !entries.containsKey("content.xml")) {
                return Optional.empty();
            }
            return switch (declared.strip()) {
                case ODT -> Optional.of(DocumentFormat.ODT);
                case ODS -> Optional.of(DocumentFormat.ODS);
                default -> Optional.empty();
            };
        }
        Entry types = entries.get("[Content_Types].xml");
        String xml = types == null ? null : text(types);
        if (xml == null) {
            return Optional.empty();
        }
        boolean word = entries.keySet().stream().anyMatch(n -> n.startsWith("word/"));
        boolean sheet = entries.keySet().stream().anyMatch(n -> n.startsWith("xl/"));
        if (word && !sheet && xml.contains("wordprocessingml.document.main+xml")) {
            return Optional.of(DocumentFormat.DOCX);
        }
        if (sheet && !word && xml.contains("spreadsheetml.sheet.main+xml")) {
            return Optional.of(DocumentFormat.XLSX);
        }
        return Optional.empty();
    }

    /** The text of a small entry, stored or deflated; {@code null} when it is large or unreadable. */
    private String text(Entry entry) {
        if (entry.size() > MAX_SMALL_ENTRY || entry.compressedSize() > MAX_SMALL_ENTRY) {
            return null;
        }
        int local = Math.toIntExact(entry.localOffset());
        if (i32(zip, local) != LOCAL) {
            return null;
        }
        int start = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
        int length = (int) entry.compressedSize();
        if (start + length > zip.length) {
            return null;
        }
        if (entry.method() == 0) {
            return new String(zip, start, length, StandardCharsets.UTF_8);
        }
        return entry.method() == 8 ? inflate(start, length) : null;
    }

    private String inflate(int start, int length) {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished() && out.size() <= MAX_SMALL_ENTRY) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                out.write(buffer, 0, n);
            }
            return out.size() > MAX_SMALL_ENTRY ? null : out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            return null;
        } finally {
            inflater.end();
        }
    }

    private static int endOfCentralDirectory(byte[] zip) {
        int last = zip.length - 22;
        for (int p = last; p >= 0 && p >= last - 0xFFFF; p--) {
            if (i32(zip, p) == EOCD && p + 22 + u16(zip, p + 20) == zip.length) {
                return p;
            }
        }
        return -1;
    }

    private static int u16(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8;
    }

    private static int i32(byte[] b, int p) {
        return u16(b, p) | u16(b, p + 2) << 16;
    }

    private static long u32(byte[] b, int p) {
        return i32(b, p) & 0xFFFFFFFFL;
    }
}
