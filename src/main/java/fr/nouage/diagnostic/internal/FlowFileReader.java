package fr.nouage.diagnostic.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import fr.nouage.diagnostic.DiagnosticException;
import fr.nouage.diagnostic.FlowFormat;
import fr.nouage.platform.RefusedOperation.Reason;

/**
 * Reads an INSEE file of home-to-work flows, plain or gzip, line by line: the "base flux de
 * mobilité" ({@code CODGEO;LIBGEO;DCLT;L_DCLT;NBFLUX_C<yy>_ACTOCC15P}) or the detailed MOBPRO file
 * ({@code COMMUNE}, {@code ARM}, {@code DCLT}, {@code IPONDI}, one weighted record per person). Only
 * the flows that touch a commune kept by the caller are held in memory, summed per pair of communes
 * with their decimals; the arrondissements of Paris, Lyon and Marseille are folded into their
 * commune. Any malformed line refuses the whole file with a message naming the line.
 */
public final class FlowFileReader {

    private static final Pattern BASE_FLUX_COLUMN = Pattern.compile("NBFLUX_C(\\d{2})_ACTOCC15P");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");
    private static final Pattern CODE = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setTrim(true)
            .setIgnoreEmptyLines(true).get();

    /** A pair of communes: where actives live and where they work. */
    public record Pair(String origin, String destination) {
    }

    /** What a file holds for the caller: the summed flows kept and what was skipped. */
    public record Result(int vintage, FlowFormat format, Map<Pair, BigDecimal> flows, int linesKept, int skipped,
            long firstSkippedLine) {
    }

    private FlowFileReader() {
    }

    /**
     * Reads a whole file.
     *
     * @param keep     the communes whose flows are kept (a line is kept when either end is one)
     * @param known    the communes of the official geography; a line naming another code (other
     *                 than a place abroad, {@code 99…}) is skipped and counted. Empty: every code is taken.
     * @param fileName the file's name, where a MOBPRO file's vintage is read when {@code vintage} is null
     * @throws DiagnosticException INVALID, naming the line, for any malformed content
     */
    public static Result read(InputStream input, String fileName, Integer vintage, Predicate<String> keep,
            Set<String> known) {
        try (Reader reader = reader(input); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            return new Reading(parser, keep, known).run(fileName, vintage);
        } catch (IOException | UncheckedIOException e) {
            throw invalid("diagnostic.flows.error.unreadable", 0);
        }
    }

    private static Reader reader(InputStream input) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(input, 1 << 16);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        InputStream plain = first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        return new BufferedReader(new InputStreamReader(plain, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
    }

    static DiagnosticException invalid(String key, long line, Object... more) {
        Object[] arguments = new Object[more.length + 1];
        arguments[0] = String.valueOf(line);
        System.arraycopy(more, 0, arguments, 1, more.length);
        return new DiagnosticException(Reason.INVALID, key, arguments);
    }

    /** The commune of a code: an arrondissement of Paris, Lyon or Marseille becomes its commune. */
    static String fold(String code) {
        if (code.startsWith("751") && code.compareTo("75101") >= 0 && code.compareTo("75120") <= 0) {
            return "75056";
        }
        if (code.startsWith("6938") && code.compareTo("69381") >= 0 && code.compareTo("69389") <= 0) {
            return "69123";
        }
        if (code.startsWith("132") && code.compareTo("13201") >= 0 && code.compareTo("13216") <= 0) {
            return "13055";
        }
        return code;
    }

    /** A flow as written, with a decimal comma or point; INVALID when not a number or negative. */
    static BigDecimal flow(String text, long line) {
        String plain = text.replace(" ", "").replace("\u00a0", "").replace(',', '.');
        BigDecimal value;
        try {
            value = new BigDecimal(plain);
        } catch (NumberFormatException e) {
            throw invalid("diagnostic.flows.error.number", line, text);
        }
        if (value.signum() < 0) {
            throw invalid("diagnostic.flows.error.negative", line, text);
        }
        return value;
    }

    /** One pass over a parsed file. */
    private static final class Reading {

        private final CSVParser parser;
        private final Predicate<String> keep;
        private final Set<String> known;
        private final Map<Pair, BigDecimal> flows = new HashMap<>();
        private final Set<Long> seen = new HashSet<>();
        private int kept;
        private int skipped;
        private long firstSkipped;

        Reading(CSVParser parser, Predicate<String> keep, Set<String> known) {
            this.parser = parser;
            this.keep = keep;
            this.known = known;
        }

        Result run(String fileName, Integer vintage) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!next(records)) {
                throw invalid("diagnostic.flows.error.empty", 1);
            }
            CSVRecord header = records.next();
            Map<String, Integer> columns = new HashMap<>();
            Integer flowColumn = null;
            int year = 0;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
                columns.putIfAbsent(name, i);
                Matcher m = BASE_FLUX_COLUMN.matcher(name);
                if (m.matches()) {
                    flowColumn = i;
                    year = 2000 + Integer.parseInt(m.group(1));
                }
            }
            if (flowColumn != null && columns.containsKey("CODGEO") && columns.containsKey("DCLT")) {
                lines(records, columns.get("CODGEO"), columns.get("DCLT"), flowColumn, true);
                return result(year, FlowFormat.BASE_FLUX);
            }
            if (columns.containsKey("COMMUNE") && columns.containsKey("DCLT") && columns.containsKey("IPONDI")) {
                int mobproYear = vintage != null ? vintage : yearOf(fileName);
                lines(records, columns.get("COMMUNE"), columns.get("DCLT"), columns.get("IPONDI"), false);
                return result(mobproYear, FlowFormat.MOBPRO);
            }
            throw invalid("diagnostic.flows.error.format", 1);
        }

        private Result result(int year, FlowFormat format) {
            if (parser.getRecordNumber() <= 1) {
                throw invalid("diagnostic.flows.error.noLine", 2);
            }
            return new Result(year, format, flows, kept, skipped, firstSkipped);
        }

        private static int yearOf(String fileName) {
            Matcher m = YEAR_IN_NAME.matcher(fileName == null ? "" : fileName);
            if (!m.find()) {
                throw new DiagnosticException(Reason.INVALID, "diagnostic.flows.error.vintage");
            }
            return Integer.parseInt(m.group(1));
        }

        private boolean next(Iterator<CSVRecord> records) {
            try {
                return records.hasNext();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw invalid("diagnostic.flows.error.unreadable", parser.getCurrentLineNumber() + 1);
            }
        }

        private void lines(Iterator<CSVRecord> records, int originColumn, int destinationColumn, int flowColumn,
                boolean onePerPair) {
            int width = Math.max(originColumn, Math.max(destinationColumn, flowColumn)) + 1;
            while (next(records)) {
                CSVRecord record = records.next();
                long line = record.getRecordNumber();
                if (record.size() < width) {
                    throw invalid("diagnostic.flows.error.columns", line, width, record.size());
                }
                String origin = code(record.get(originColumn), line);
                String destination = code(record.get(destinationColumn), line);
                BigDecimal value = flow(record.get(flowColumn), line);
                if (onePerPair && !seen.add(key(origin, destination))) {
                    throw invalid("diagnostic.flows.error.duplicate", line, origin, destination);
                }
                String from = fold(origin);
                String to = fold(destination);
                if (unknown(from) || unknown(to)) {
                    skipped++;
                    if (firstSkipped == 0) {
                        firstSkipped = line;
                    }
                    continue;
                }
                if (keep.test(from) || keep.test(to)) {
                    kept++;
                    flows.merge(new Pair(from, to), value, BigDecimal::add);
                }
            }
        }

        private boolean unknown(String code) {
            return !known.isEmpty() && !code.startsWith("99") && !known.contains(code);
        }

        private static String code(String text, long line) {
            String code = text.strip().toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                throw invalid("diagnostic.flows.error.code", line, text);
            }
            return code;
        }

        /** A pair of codes as one number (Corsica's 2A and 2B as 2010… and 2011…), for duplicate checks. */
        private static long key(String origin, String destination) {
            return (long) number(origin) << 32 | number(destination);
        }

        private static int number(String code) {
            return switch (code.charAt(1)) {
                case 'A' -> 2_010_000 + Integer.parseInt(code.substring(2));
                case 'B' -> 2_011_000 + Integer.parseInt(code.substring(2));
                default -> Integer.parseInt(code);
            };
        }
    }
}
