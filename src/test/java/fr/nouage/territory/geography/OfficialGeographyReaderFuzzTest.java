package fr.nouage.territory.geography;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reader of the official geography files (epci.json and communes.json, plain or
 * gzip-compressed): whatever the bytes, it gives a snapshot or refuses them with a
 * {@link GeographyFormatException}, never another exception, a hang or unbounded memory. An input
 * holds both files, the EPCI file first, separated by the first NUL byte. The seeds are in
 * {@code OfficialGeographyReaderFuzzTestInputs/geography}; see the build for fuzzing time.
 */
class OfficialGeographyReaderFuzzTest {

    private static final AtomicLong EXECUTIONS = new AtomicLong();
    private static final long STARTED = System.nanoTime();

    private final OfficialGeographyReader reader = new OfficialGeographyReader();

    @FuzzTest
    void geography(byte[] input) {
        EXECUTIONS.incrementAndGet();
        int separator = indexOf(input, (byte) 0);
        byte[] epci = separator < 0 ? input : Arrays.copyOfRange(input, 0, separator);
        byte[] communes = separator < 0 ? new byte[0] : Arrays.copyOfRange(input, separator + 1, input.length);
        try {
            reader.read(new ByteArrayInputStream(epci), new ByteArrayInputStream(communes));
        } catch (GeographyFormatException refused) {
            // a clean refusal, naming what is wrong
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @AfterAll
    static void executions() {
        System.out.printf("FUZZ official geography reader: %d executions in %d s%n", EXECUTIONS.get(),
                (System.nanoTime() - STARTED) / 1_000_000_000L);
    }
}
