package fr.nouage.observatory.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/**
 * One sheet as an OpenDocument spreadsheet (.ods), written with SODS (as the project's financial
 * annexes): numbers stay numbers, everything else is text (so that no text becomes a formula), the
 * header row in bold.
 */
final class OdsSheet {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private OdsSheet() {
    }

    static byte[] write(String name, List<List<Object>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(1);
        Sheet sheet = new Sheet(name, Math.max(1, rows.size()), columns);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object cell = rows.get(r).get(c);
                sheet.getRange(r, c).setValue(cell instanceof Number n ? (Object) n.doubleValue()
                        : cell == null ? "" : cell.toString());
            }
        }
        sheet.getRange(0, 0, 1, columns).setFontBold(true);
        SpreadSheet book = new SpreadSheet();
        book.appendSheet(sheet);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            book.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
