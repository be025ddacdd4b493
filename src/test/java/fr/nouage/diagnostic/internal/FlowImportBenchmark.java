package fr.nouage.diagnostic.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Measures the reading of a national-sized base flux file (run by {@code scripts/flow-import-benchmark.sh}
 * under {@code -Xmx512m}, never as a unit test): writes about a million lines in INSEE's layout
 * (35,150 communes of 95 departments, about 28 places of work each, flows with a decimal comma),
 * gzip-compressed, then reads it keeping the flows of a 159-commune territory, and prints the time,
 * the lines kept and the heap used.
 */
public final class FlowImportBenchmark {

    private static final int DEPARTMENTS = 95;
    private static final int COMMUNES_PER_DEPARTMENT = 370;
    private static final int DESTINATIONS = 28;

    private FlowImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("base-flux-national", ".csv.gz");
        Set<String> geography = new HashSet<>();
        long lines = write(file, geography);
        Set<String> territory = new HashSet<>();
        for (int n = 1; n <= 159; n++) {
            territory.add(code(85, n));
        }
        System.gc();
        long start = System.nanoTime();
        FlowFileReader.Result result;
        try (InputStream in = Files.newInputStream(file)) {
            result = FlowFileReader.read(in, file.getFileName().toString(), null, territory::contains, geography);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "file: %s (%d lines, %d bytes gzip)%n", file, lines, Files.size(file));
        System.out.printf(Locale.ROOT, "read in %d ms, %d lines kept, %d pairs, vintage %d%n", millis,
                result.linesKept(), result.flows().size(), result.vintage());
        System.out.printf(Locale.ROOT, "heap: max %d MB, used after reading %d MB%n", runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    private static String code(int department, int commune) {
        return String.format(Locale.ROOT, "%02d%03d", department, commune);
    }

    private static long write(Path file, Set<String> geography) throws IOException {
        long lines = 0;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file),
                1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            out.write("CODGEO;LIBGEO;DCLT;L_DCLT;NBFLUX_C21_ACTOCC15P\n");
            for (int d = 1; d <= DEPARTMENTS; d++) {
                for (int n = 1; n <= COMMUNES_PER_DEPARTMENT; n++) {
                    String origin = code(d, n);
                    geography.add(origin);
                    for (int k = 0; k < DESTINATIONS; k++) {
                        // the commune itself, its neighbours, and a few further away
                        int dd = k < 20 ? d : 1 + (d + k * 7) % DEPARTMENTS;
                        int nn = k == 0 ? n : 1 + (n + k * 13) % COMMUNES_PER_DEPARTMENT;
                        if (k > 0 && dd == d && nn == n) {
                            continue;
                        }
                        String destination = code(dd, nn);
                        double flow = ((n * 31 + k * 17) % 1000) / 7.0;
                        out.write(origin + ";Commune " + origin + ";" + destination + ";Commune " + destination + ";"
                                + String.format(Locale.FRANCE, "%.6f", flow) + "\n");
                        lines++;
                    }
                }
            }
        }
        return lines;
    }
}
