package fr.nouage.meeting.web;

import java.util.function.Function;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;

import fr.nouage.meeting.AttendanceStatus;

/**
 * The options of an attendance list, written once per page for each possible choice. A territory's
 * table repeats the same four options for every collectivité (159 in the largest EPCI): writing them
 * through the template's context-aware escaping cost a third of the meeting page.
 */
public final class AttendanceOptions {

    private final String[] bySelection;
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
        bySelection = new String[statuses.length + 1];
        for (int selected = 0; selected <= statuses.length; selected++) {
            StringOutput html = new StringOutput();
            html.writeContent("<option value=\"\">");
            Escape.htmlContent(unknownLabel, html);
            html.writeContent("</option>");
            for (AttendanceStatus status : statuses) {
                html.writeContent("<option value=\"" + status.name() + "\"" + (status.ordinal() == selected ? " selected" : "")
                        + ">");
                Escape.htmlContent(labels[status.ordinal()], html);
                html.writeContent("</option>");
            }
            bySelection[selected] = html.toString();
        }
    }

    /** The options, HTML-escaped, with {@code status} selected (none when null). */
    public String html(AttendanceStatus status) {
        return bySelection[status == null ? bySelection.length - 1 : status.ordinal()];
    }

    /**
     * The list of a collectivité, named {@code presence-<siren>} and labelled by the row's header
     * {@code nom-<siren>}, with {@code status} selected.
     */
    public String select(String siren, AttendanceStatus status) {
        StringOutput html = new StringOutput();
        html.writeContent("<select name=\"presence-");
        Escape.htmlAttribute(siren, html);
        html.writeContent("\" id=\"presence-");
        Escape.htmlAttribute(siren, html);
        html.writeContent("\" aria-labelledby=\"nom-");
        Escape.htmlAttribute(siren, html);
        html.writeContent("\">");
        html.writeContent(html(status));
        html.writeContent("</select>");
        return html.toString();
    }

    /** The label of a status as read, "not recorded" when null. */
    public String label(AttendanceStatus status) {
        return status == null ? unknownLabel : labels[status.ordinal()];
    }
}
