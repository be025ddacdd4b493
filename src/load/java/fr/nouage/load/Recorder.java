package fr.nouage.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Keeps the response time of every request with the moment it ended, so that the summary can give
 * the figures per request kind and per phase of the load (Gatling's report gives them per kind and per
 * second, not per phase), and find the knee: the first phase whose p95 passes the threshold.
 */
final class Recorder {

    record Sample(long endMillis, String kind, int millis, boolean ok, boolean write) {
    }

    /** A stretch of the run with the request rate it aimed at. */
    record Phase(String name, long fromMillis, long toMillis, double targetRps) {
    }

    private static final ConcurrentLinkedQueue<Sample> SAMPLES = new ConcurrentLinkedQueue<>();
    /** A phase with fewer requests tells nothing of its p95. */
    private static final int MIN_SAMPLES = 50;

    private Recorder() {
    }

    static void add(String kind, int millis, boolean ok, boolean write) {
        SAMPLES.add(new Sample(System.currentTimeMillis(), kind, millis, ok, write));
    }

    /** The phases of the injection, from the moment the first user arrives. */
    static List<Phase> phases(LoadSettings s, long start) {
        List<Phase> phases = new ArrayList<>();
        long t = start;
        long quarter = s.rampSeconds() * 1000L / 4;
        for (int q = 1; q <= 4; q++) {
            phases.add(new Phase("ramp to " + (25 * q) + " %", t, t + quarter, s.peakRps() * (q - 0.5) / 4));
            t += quarter;
        }
        phases.add(new Phase("peak", t, t + s.holdSeconds() * 1000L, s.peakRps()));
        t += s.holdSeconds() * 1000L;
        for (int k = 1; k <= s.beyondSteps(); k++) {
            int percent = 100 + k * s.beyondStepPercent();
            phases.add(new Phase("peak × " + percent + " %", t, t + s.stepSeconds() * 1000L, s.peakRps() * percent / 100));
            t += s.stepSeconds() * 1000L;
        }
        return phases;
    }

    /** Writes the summary (also printed) and the 10-second windows, and tells the summary's text. */
    static String summarise(LoadSettings s, long start, String roster) {
        List<Sample> all = new ArrayList<>(SAMPLES);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nNouage load test — %s, peak %.0f req/s, ramp %d s, peak held %d s, "
                + "%d steps of +%d %% × %d s, think %.0f–%.0f s%n", s.baseUrl(), s.peakRps(), s.rampSeconds(),
                s.holdSeconds(), s.beyondSteps(), s.beyondStepPercent(), s.stepSeconds(), s.thinkMinSeconds(),
                s.thinkMaxSeconds()));
        out.append("virtual users drawn from ").append(roster).append('\n');

        out.append(String.format(Locale.ROOT, "%nPer request kind (whole run; times in ms)%n%-34s %8s %6s %7s %7s %7s %7s%n",
                "kind", "count", "KO", "p50", "p95", "p99", "max"));
        Map<String, List<Sample>> byKind = new TreeMap<>();
        all.forEach(x -> byKind.computeIfAbsent((x.write() ? "w " : "r ") + x.kind(), k -> new ArrayList<>()).add(x));
        byKind.forEach((kind, samples) -> out.append(row(kind.substring(2) + (kind.startsWith("w") ? " (write)" : ""),
                samples)));
        out.append(row("all", all));
        long writes = all.stream().filter(Sample::write).count();
        out.append(String.format(Locale.ROOT, "writes: %d of %d requests (%.1f %%)%n", writes, all.size(),
                all.isEmpty() ? 0.0 : 100.0 * writes / all.size()));

        out.append(String.format(Locale.ROOT, "%nPer phase (times in ms)%n%-16s %10s %10s %6s %7s %7s %7s  %s%n",
                "phase", "aimed/s", "served/s", "KO", "p50", "p95", "p99", "p95 < " + s.kneeMillis() + " ms"));
        // the knee: the phase from which p95 stays above the threshold at every higher load (a slow
        // moment of the early ramp, while the JIT warms up, is not one); phases of too few requests do not count
        List<Phase> phases = phases(s, start);
        List<double[]> measured = new ArrayList<>();
        for (Phase p : phases) {
            List<Sample> in = all.stream().filter(x -> x.endMillis() >= p.fromMillis() && x.endMillis() < p.toMillis())
                    .toList();
            double seconds = Math.max(1, (p.toMillis() - p.fromMillis()) / 1000.0);
            double served = in.size() / seconds;
            int[] times = times(in);
            long ko = in.stream().filter(x -> !x.ok()).count();
            boolean counts = times.length >= MIN_SAMPLES;
            boolean below = times.length == 0 || percentile(times, 95) < s.kneeMillis();
            out.append(String.format(Locale.ROOT, "%-16s %10.0f %10.1f %6d %7s %7s %7s  %s%n", p.name(), p.targetRps(),
                    served, ko, ms(times, 50), ms(times, 95), ms(times, 99),
                    !counts ? "(too few)" : below ? "yes" : "NO"));
            measured.add(new double[] {counts ? 1 : 0, below ? 1 : 0, served});
        }
        int knee = -1;
        for (int i = measured.size() - 1; i >= 0; i--) {
            if (measured.get(i)[0] == 0) {
                continue;
            }
            if (measured.get(i)[1] == 1) {
                break;
            }
            knee = i;
        }
        int lastBelow = -1;
        for (int i = (knee < 0 ? measured.size() : knee) - 1; i >= 0 && lastBelow < 0; i--) {
            if (measured.get(i)[0] == 1 && measured.get(i)[1] == 1) {
                lastBelow = i;
            }
        }
        String under = lastBelow < 0 ? "" : String.format(Locale.ROOT, "%.0f req/s served (%s)",
                measured.get(lastBelow)[2], phases.get(lastBelow).name());
        if (knee < 0) {
            out.append(String.format(Locale.ROOT, "knee: not reached; p95 under %d ms up to %s%n", s.kneeMillis(),
                    under.isEmpty() ? "-" : under));
        } else {
            out.append(String.format(Locale.ROOT, "knee: p95 above %d ms from %.0f req/s served (%s) on%s%n",
                    s.kneeMillis(), measured.get(knee)[2], phases.get(knee).name(),
                    under.isEmpty() ? "" : "; under it at " + under));
        }
        String text = out.toString();
        try {
            Path dir = Path.of(s.resultsDir());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("load-summary.txt"), text);
            Files.writeString(dir.resolve("load-windows.csv"), windows(all, start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text;
    }

    /** Every 10 seconds from the start: requests served per second, errors, p50, p95, p99. */
    private static String windows(List<Sample> all, long start) {
        StringBuilder csv = new StringBuilder("second,served_per_s,ko,p50_ms,p95_ms,p99_ms\n");
        Map<Long, List<Sample>> byWindow = new TreeMap<>();
        all.forEach(x -> byWindow.computeIfAbsent(Math.max(0, (x.endMillis() - start) / 10_000), k -> new ArrayList<>())
                .add(x));
        byWindow.forEach((w, samples) -> {
            int[] times = times(samples);
            csv.append(String.format(Locale.ROOT, "%d,%.1f,%d,%s,%s,%s%n", w * 10, samples.size() / 10.0,
                    samples.stream().filter(x -> !x.ok()).count(), ms(times, 50), ms(times, 95), ms(times, 99)));
        });
        return csv.toString();
    }

    private static String row(String kind, List<Sample> samples) {
        int[] times = times(samples);
        return String.format(Locale.ROOT, "%-34s %8d %6d %7s %7s %7s %7s%n", kind, samples.size(),
                samples.stream().filter(x -> !x.ok()).count(), ms(times, 50), ms(times, 95), ms(times, 99),
                times.length == 0 ? "-" : String.valueOf(times[times.length - 1]));
    }

    private static int[] times(List<Sample> samples) {
        int[] times = samples.stream().mapToInt(Sample::millis).toArray();
        Arrays.sort(times);
        return times;
    }

    private static String ms(int[] sorted, int percentile) {
        return sorted.length == 0 ? "-" : String.valueOf(percentile(sorted, percentile));
    }

    /** Nearest-rank percentile of sorted values. */
    static int percentile(int[] sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
