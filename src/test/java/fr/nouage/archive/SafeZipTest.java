package fr.nouage.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** An archive is checked entry by entry before anything is read from it. */
class SafeZipTest {

    private static final ArchiveProperties LIMITS = new ArchiveProperties(DataSize.ofMegabytes(10),
            DataSize.ofMegabytes(4), 4, 100);

    @TempDir
    Path dir;

    @Test
    void entriesOfTheArchivesOwnLayoutAreRead() throws IOException {
        try (SafeZip zip = SafeZip.open(file(Map.of("manifest.json", bytes("{}"), "data/meeting/meeting.json",
                bytes("[]"), "files/agenda_document/1.content", bytes("%PDF"))), LIMITS)) {
            assertThat(zip.names()).hasSize(3);
            assertThat(zip.bytes("files/agenda_document/1.content")).isEqualTo(bytes("%PDF"));
        }
    }

    @Test
    void namesThatClimbOutOrStrayFromTheLayoutAreRefused() {
        for (String name : new String[] {"../../etc/passwd", "/etc/passwd", "data/../../x.json", "files/a/..\\..\\x",
                "files/agenda_document/1.content/../../x", "data/meeting/meeting.json ", "Manifest.json"}) {
            assertThatThrownBy(() -> SafeZip.open(file(Map.of(name, bytes("x"))), LIMITS)).as(name)
                    .isInstanceOfSatisfying(ArchiveRefusedException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("archive.error.entryName"));
        }
    }

    @Test
    void tooManyEntriesTooMuchDataOrAnEntryInflatingFarBeyondItsSizeAreRefused() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 1; i <= 5; i++) {
            many.put("files/agenda_document/" + i + ".content", bytes("x"));
        }
        assertRefused(many, "archive.error.tooManyEntries");
        Map<String, byte[]> large = new LinkedHashMap<>();
        byte[] random = new byte[3 * 1024 * 1024];
        new java.util.Random(1).nextBytes(random);
        large.put("files/agenda_document/1.content", random);
        large.put("files/agenda_document/2.content", random);
        assertRefused(large, "archive.error.tooLarge");
        assertRefused(Map.of("files/agenda_document/1.content", new byte[3 * 1024 * 1024]), "archive.error.bomb");
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws IOException {
        Path file = dir.resolve("not.zip");
        Files.writeString(file, "PK but not really");
        assertThatThrownBy(() -> SafeZip.open(file, LIMITS)).isInstanceOfSatisfying(ArchiveRefusedException.class,
                e -> assertThat(e.messageKey()).isEqualTo("archive.error.notZip"));
    }

    @Test
    void anEntryIsReadNoFurtherThanTheLimitOfTheWholeArchive() throws IOException {
        byte[] random = new byte[3 * 1024 * 1024];
        new java.util.Random(2).nextBytes(random);
        try (SafeZip zip = SafeZip.open(file(Map.of("files/agenda_document/1.content", random,
                "files/agenda_document/2.content", new byte[10])), LIMITS)) {
            try (InputStream in = zip.open("files/agenda_document/1.content")) {
                assertThat(in.readAllBytes()).hasSize(random.length);
            }
            assertThat(zip.bytes("files/agenda_document/2.content")).hasSize(10);
        }
    }

    private void assertRefused(Map<String, byte[]> entries, String key) {
        assertThatThrownBy(() -> SafeZip.open(file(entries), LIMITS)).isInstanceOfSatisfying(
                ArchiveRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private Path file(Map<String, byte[]> entries) throws IOException {
        Path file = Files.createTempFile(dir, "archive", ".zip");
        Files.write(file, ArchiveFiles.zip(entries));
        return file;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
