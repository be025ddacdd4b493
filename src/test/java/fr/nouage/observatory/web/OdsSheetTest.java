package fr.nouage.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/** The overview's export opens in a spreadsheet: numbers as numbers, a title typed as a formula as text. */
class OdsSheetTest {

    @Test
    void theExportReadsBackWithItsNumbersAndTexts() throws Exception {
        byte[] ods = OdsSheet.write("Observatoire", List.of(List.of("Territoire", "Alertes"),
                List.of("=HYPERLINK(\"x\")", 3)));
        Sheet sheet = new SpreadSheet(new ByteArrayInputStream(ods)).getSheet(0);
        assertThat(sheet.getName()).isEqualTo("Observatoire");
        assertThat(sheet.getRange(1, 0).getValue()).isEqualTo("=HYPERLINK(\"x\")");
        assertThat(sheet.getRange(1, 0).getFormula()).isNull();
        assertThat(((Number) sheet.getRange(1, 1).getValue()).intValue()).isEqualTo(3);
    }
}
