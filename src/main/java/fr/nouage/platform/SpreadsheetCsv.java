package fr.nouage.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV files as a French spreadsheet opens them: UTF-8 with a byte order mark, {@code ;} between
 * cells, CRLF between rows. A text cell that a spreadsheet would take for a formula (it starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return) is prefixed with a quote,
 * so that a title typed as {@code =HYPERLINK(…)} stays text in the reader's spreadsheet.
 */
public final class SpreadsheetCsv {

    /** Media type of the files: CSV in UTF-8. */
    public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n")
            .get();
    private static final String BOM = "\uFEFF";

    private SpreadsheetCsv() {
    }

    /**
     * A text cell made safe for a spreadsheet: prefixed with {@code '} when its first character
     * would start a formula; {@code null} becomes an empty cell.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }

    /**
     * The bytes of a CSV file: the header row, then the rows. Text cells are neutralised; numbers
     * are written as they are (a negative number stays a number).
     */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write(BOM);
            printer.printRecord(cells(header));
            for (List<?> row : rows) {
                printer.printRecord(cells(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Object> cells(List<?> row) {
        List<Object> cells = new ArrayList<>(row.size());
        for (Object cell : row) {
            cells.add(cell instanceof Number ? cell : neutralise(cell == null ? null : cell.toString()));
        }
        return cells;
    }

    /** A download of a CSV file under {@code fileName}, never cached nor sniffed as something else. */
    public static ResponseEntity<byte[]> download(String fileName, byte[] csv) {
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(csv);
    }
}
