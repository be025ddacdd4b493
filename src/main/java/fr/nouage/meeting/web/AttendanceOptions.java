package fr.nouage.meeting.web;

import java.nio.charset.StandardCharsets;
import java.util.function.Function;

import gg.jte.Content;
import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;

import fr.nouage.meeting.AttendanceStatus;

/**
 * The options of an attendance list, written once per page for each possible choice. A territory's
 * table repeats the same four options for every collectivité (159 in the largest EPCI): writing them
 * through the template's context-aware escaping cost a third of the meeting page.
 */
public final class AttendanceOptions {

    private static final byte[] SELECT_NAME = "<select name=\"presence-".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SELECT_ID = "\" id=\"presence-".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SELECT_LABELLED_BY = "\" aria-labelledby=\"nom-".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SELECT_OPEN_END = "\">".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SELECT_CLOSE = "</select>".getBytes(StandardCharsets.UTF_8);

    /** The options as UTF-8 bytes, by selected status (its ordinal; the last: none selected). */
    private final byte[][] bySelection;
    private final String unknownLabel;
    private final String[] labels;

    /**
     * @param label the French label of a message key
     */
    public AttendanceOptions(Function<String, String> label) {
        AttendanceStatus[] statuses = AttendanceStatus.values();
        unknownLabel = label.apply("attendance.unknown");
        labels = new String[statuses.length];
        for (AttendanceStatus status : statuses) {
            labels[status.ordinal()] = label.apply(status.messageKey());
        }
        bySelection = new byte[statuses.length + 1][];
        for (int selected = 0; selected <= statuses.length; selected++) {
            StringOutput html = new StringOutput(512);
            html.writeContent("<option value=\"\">");
            Escape.htmlContent(unknownLabel, html);
            html.writeContent("</option>");
            for (AttendanceStatus status : statuses) {
                html.writeContent("<option value=\"" + status.name() + "\"" + (status.ordinal() == selected ? " selected" : "")
                        + ">");
                Escape.htmlContent(labels[status.ordinal()], html);
                html.writeContent("</option>");
            }
            bySelection[selected] = html.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The options, HTML-escaped, with {@code status} selected (none when null). */
    public String html(AttendanceStatus status) {
        return new String(options(status), StandardCharsets.UTF_8);
    }

    private byte[] options(AttendanceStatus status) {
        return bySelection[status == null ? bySelection.length - 1 : status.ordinal()];
    }

    /**
     * The list of a collectivité, named {@code presence-<siren>} and labelled by the row's header
     * {@code nom-<siren>}, with {@code status} selected: written to the page as bytes prepared once
     * (the options) and the escaped identifier, without going through a string per row.
     */
    public Content select(String siren, AttendanceStatus status) {
        byte[] id = escapedAttribute(siren);
        byte[] options = options(status);
        return output -> {
            output.writeBinaryContent(SELECT_NAME);
            output.writeBinaryContent(id);
            output.writeBinaryContent(SELECT_ID);
            output.writeBinaryContent(id);
            output.writeBinaryContent(SELECT_LABELLED_BY);
            output.writeBinaryContent(id);
            output.writeBinaryContent(SELECT_OPEN_END);
            output.writeBinaryContent(options);
            output.writeBinaryContent(SELECT_CLOSE);
        };
    }

    private static byte[] escapedAttribute(String value) {
        // sized to the value: the default buffer (8,192 characters) allocated per row cost more than the row
        StringOutput escaped = new StringOutput(value.length() + 16);
        Escape.htmlAttribute(value, escaped);
        return escaped.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The label of a status as read, "not recorded" when null. */
    public String label(AttendanceStatus status) {
        return status == null ? unknownLabel : labels[status.ordinal()];
    }
}
