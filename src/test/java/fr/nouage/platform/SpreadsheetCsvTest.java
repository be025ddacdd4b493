package fr.nouage.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasStayText() {
        assertThat(SpreadsheetCsv.neutralise("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetCsv.neutralise("+33 2 40 00 00 00")).isEqualTo("'+33 2 40 00 00 00");
        assertThat(SpreadsheetCsv.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCsv.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetCsv.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetCsv.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertThat(SpreadsheetCsv.neutralise("Réunion du 14 = bilan")).isEqualTo("Réunion du 14 = bilan");
        assertThat(SpreadsheetCsv.neutralise("'déjà cité'")).isEqualTo("'déjà cité'");
        assertThat(SpreadsheetCsv.neutralise("")).isEmpty();
        assertThat(SpreadsheetCsv.neutralise(null)).isEmpty();
    }

    @Test
    void aFileIsUtf8WithAByteOrderMarkSemicolonsAndNeutralisedCells() {
        byte[] csv = SpreadsheetCsv.write(List.of("Action", "Échéance", "Nombre"),
                List.of(Arrays.asList("=HYPERLINK(\"http://evil\";\"clic\")", "14/01/2027", -3),
                        Arrays.asList("Plan; vélo", null, 12)));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n")).containsExactly(
                "Action;Échéance;Nombre",
                "\"'=HYPERLINK(\"\"http://evil\"\";\"\"clic\"\")\";14/01/2027;-3",
                "\"Plan; vélo\";;12");
    }
}
