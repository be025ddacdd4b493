package fr.nouage.accompaniment;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import fr.nouage.platform.DateFormats;
import fr.nouage.platform.pdf.PdfRenderer;
import fr.nouage.territory.ExperienceCard;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * The restitution of a seminar as PDF/A: its programme, the flash presentations (each invited
 * territory's experience card), the wall grouped by category with its votes, and the delegations.
 */
@Service
public class Restitution {

    private final Seminars seminars;
    private final VerbatimWall wall;
    private final Delegations delegations;
    private final Territories territories;
    private final MessageSource messages;

    Restitution(Seminars seminars, VerbatimWall wall, Delegations delegations, Territories territories,
            MessageSource messages) {
        this.seminars = seminars;
        this.wall = wall;
        this.delegations = delegations;
        this.territories = territories;
        this.messages = messages;
    }

    /** The restitution of a seminar the user takes part in; see {@link Seminars#forParticipant}. */
    public byte[] pdf(long seminarId, fr.nouage.account.NouageUser user) {
        return PdfRenderer.render(xhtml(seminars.forParticipant(seminarId, user)));
    }

    String xhtml(Seminar s) {
        String title = t("accompaniment.restitution.title", s.title());
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><meta charset="UTF-8" />
                <style>
                body { font-family: '%s'; font-size: 10pt; } h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 16pt; }
                h3 { font-size: 11pt; } table { border-collapse: collapse; width: 100%%; }
                th, td { border: 0.5pt solid #999999; padding: 3pt; text-align: left; vertical-align: top; }
                .sub { color: #4d4d4d; } @page { size: A4; margin: 2cm; }
                </style>
                """.formatted(PdfRenderer.FONT_FAMILY));
        html.append("<title>").append(e(title)).append("</title></head><body><h1>").append(e(title)).append("</h1>");
        html.append("<p class=\"sub\">").append(e(DateFormats.of("EEEE d MMMM yyyy", Locale.FRENCH).format(s.heldOn())))
                .append(s.place() == null ? "" : " — " + e(s.place())).append("</p>");
        programme(html, seminars.programme(s.id()));
        List<Territory> invited = territories.withSirens(s.territories());
        html.append("<h2>").append(e(t("accompaniment.restitution.flash"))).append("</h2>");
        for (Territory territory : invited) {
            ExperienceCard card = territory.card() == null ? ExperienceCard.empty() : territory.card();
            html.append("<h3>").append(e(territory.name())).append("</h3>");
            if (card.isEmpty()) {
                html.append("<p class=\"sub\">").append(e(t("accompaniment.restitution.noCard"))).append("</p>");
            }
            paragraph(html, "accompaniment.restitution.profile", card.profile());
            paragraph(html, "accompaniment.restitution.stake", card.stake());
            paragraph(html, "accompaniment.restitution.achievements", card.achievements());
        }
        Wall shown = wall.wall(s);
        html.append("<h2>").append(e(t("accompaniment.restitution.wall", shown.size()))).append("</h2>");
        for (VerbatimCategory c : VerbatimCategory.values()) {
            html.append("<h3>").append(e(t(c.messageKey()))).append("</h3><ul>");
            for (Verbatim v : shown.of(c)) {
                html.append("<li>").append(e(v.text())).append(" <span class=\"sub\">(")
                        .append(e(t("accompaniment.wall.votes", v.votes()))).append(")</span></li>");
            }
            html.append("</ul>");
        }
        Map<String, List<Delegate>> registered = delegations.participants(s.id());
        html.append("<h2>").append(e(t("accompaniment.restitution.delegations"))).append("</h2><ul>");
        for (Territory territory : invited) {
            html.append("<li>").append(e(territory.name())).append(" — ").append(e(t("accompaniment.seminar.delegates",
                    registered.getOrDefault(territory.siren(), List.of()).size()))).append("</li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    private void programme(StringBuilder html, List<Sequence> programme) {
        html.append("<h2>").append(e(t("accompaniment.seminar.programme"))).append("</h2>");
        if (programme.isEmpty()) {
            html.append("<p>").append(e(t("accompaniment.seminar.noProgramme"))).append("</p>");
            return;
        }
        html.append("<table><thead><tr><th>").append(e(t("accompaniment.seminar.col.time"))).append("</th><th>")
                .append(e(t("accompaniment.seminar.col.sequence"))).append("</th><th>")
                .append(e(t("accompaniment.seminar.col.speakers"))).append("</th></tr></thead><tbody>");
        var hour = DateFormats.of("H' h 'mm", Locale.FRENCH);
        for (Sequence q : programme) {
            html.append("<tr><td>").append(e(hour.format(q.startsAt()) + (q.endsAt() == null ? "" : " – "
                    + hour.format(q.endsAt())))).append("</td><td>").append(e(q.title())).append("</td><td>")
                    .append(e(q.speakers() == null ? "" : q.speakers())).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void paragraph(StringBuilder html, String key, String text) {
        if (text != null && !text.isBlank()) {
            html.append("<p><strong>").append(e(t(key))).append("</strong> ").append(e(text)).append("</p>");
        }
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
