package fr.nouage.meeting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import gg.jte.Content;
import gg.jte.output.Utf8ByteOutput;

import fr.nouage.meeting.AttendanceStatus;

class AttendanceOptionsTest {

    private final AttendanceOptions options = new AttendanceOptions(key -> switch (key) {
        case "attendance.unknown" -> "Non renseigné";
        case "attendance.PRESENT" -> "Présent <b>";
        default -> key;
    });

    @Test
    void selectsTheRecordedStatusOnly() {
        String html = options.html(AttendanceStatus.EXCUSED);

        assertThat(html).contains("<option value=\"EXCUSED\" selected>")
                .contains("<option value=\"PRESENT\">").doesNotContain("\"PRESENT\" selected");
        assertThat(html.split(" selected", -1)).hasSize(2);
    }

    @Test
    void selectsNothingWhenNothingIsRecorded() {
        assertThat(options.html(null)).startsWith("<option value=\"\">Non renseigné</option>")
                .doesNotContain(" selected");
    }

    @Test
    void escapesTheLabels() {
        assertThat(options.html(null)).contains("Présent &lt;b&gt;</option>").doesNotContain("<b>");
        assertThat(options.label(AttendanceStatus.PRESENT)).isEqualTo("Présent <b>");
        assertThat(options.label(null)).isEqualTo("Non renseigné");
    }

    @Test
    void namesTheListAfterTheCollectivityAndLabelsItByItsRow() {
        assertThat(written(options.select("200067106", AttendanceStatus.PRESENT))).startsWith(
                "<select name=\"presence-200067106\" id=\"presence-200067106\" aria-labelledby=\"nom-200067106\">")
                .contains("<option value=\"PRESENT\" selected>").endsWith("</option></select>");
        assertThat(written(options.select("\"><script>", null))).doesNotContain("\"><script>")
                .contains("Présent &lt;b&gt;");
    }

    /** What a page writes of some content, read back as UTF-8 (as the page's output does). */
    private static String written(Content content) {
        Utf8ByteOutput output = new Utf8ByteOutput();
        content.writeTo(output);
        return new String(output.toByteArray(), StandardCharsets.UTF_8);
    }
}
