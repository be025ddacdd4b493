package fr.nouage.meeting;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import fr.nouage.account.NouageUser;
import fr.nouage.platform.PageContext;
import fr.nouage.platform.pdf.PdfRenderer;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The record of a meeting as a PDF/A document: territory, body, date, place, who chaired,
 * attendance of each collectivité, agenda, minutes and outcome of each item, actions.
 */
@Service
public class MeetingRecords {

    static final String TEMPLATE = "meeting/minutes-record.jte";

    private final Minutes minutes;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    MeetingRecords(Minutes minutes, TemplateEngine templates, MessageSource messages, Clock clock) {
        this.minutes = minutes;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The minutes of a meeting as a PDF/A-3u document.
     *
     * @throws MeetingException NOT_FOUND for an unknown meeting; FORBIDDEN for a user who may not
     *                          read its minutes
     */
    public byte[] minutesPdf(long meetingId, NouageUser user) {
        return render(templates, messages, minutes.sheet(meetingId, user), clock);
    }

    /** The PDF of a minutes sheet, with the given template engine (also used by tests). */
    static byte[] render(TemplateEngine templates, MessageSource messages, MinutesSheet sheet, Clock clock) {
        PageContext text = new PageContext(null, false, false, null, null, null, null, messages, Locale.FRENCH, null);
        StringOutput xhtml = new StringOutput();
        templates.render(TEMPLATE, new java.util.HashMap<>(java.util.Map.of("page", text, "sheet", sheet,
                "generatedAt", clock.instant(), "fontFamily", PdfRenderer.FONT_FAMILY)), xhtml);
        return PdfRenderer.render(xhtml.toString());
    }
}
