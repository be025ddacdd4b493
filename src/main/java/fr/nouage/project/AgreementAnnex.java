package fr.nouage.project;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import fr.nouage.platform.pdf.PdfRenderer;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The financial annex of a convention as PDF/A: its terms, its key, each party's basis and share
 * with the calculation, and the parties' deliberations.
 */
@Service
public class AgreementAnnex {

    private final Agreements agreements;
    private final Territories territories;
    private final MessageSource messages;

    AgreementAnnex(Agreements agreements, Territories territories, MessageSource messages) {
        this.agreements = agreements;
        this.territories = territories;
        this.messages = messages;
    }

    public byte[] pdf(Agreement agreement, Project project) {
        return PdfRenderer.render(xhtml(agreement, project));
    }

    String xhtml(Agreement a, Project project) {
        Map<String, Collectivity> parties = territories.collectivities(a.territorySiren()).stream()
                .collect(Collectors.toMap(Collectivity::siren, Function.identity()));
        String title = t("annex.title", a.title());
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><meta charset="UTF-8" />
                <style>
                body { font-family: '%s'; font-size: 10pt; } h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; }
                table { border-collapse: collapse; width: 100%%; } th, td { border: 0.5pt solid #999999; padding: 3pt; text-align: left; }
                td.n { text-align: right; } .sub { color: #4d4d4d; }
                @page { size: A4; margin: 2cm; }
                </style>
                """.formatted(PdfRenderer.FONT_FAMILY));
        html.append("<title>").append(e(title)).append("</title></head><body>");
        html.append("<h1>").append(e(title)).append("</h1>");
        html.append("<p class=\"sub\">").append(e(t("annex.project", project.title()))).append("</p>");
        html.append("<p>").append(e(t("annex.terms", t(a.kind().messageKey()), euros(a.amount()),
                a.durationMonths() == null ? "—" : a.durationMonths()))).append("</p>");
        if (a.object() != null) {
            html.append("<p>").append(e(a.object())).append("</p>");
        }
        html.append("<h2>").append(e(t("annex.key"))).append("</h2><p>").append(e(keyText(a.key()))).append("</p>");
        html.append("<p>").append(e(t("agreement.rule"))).append("</p>");
        html.append("<p>").append(e(a.signed() ? t("annex.frozen", a.signedOn().toString()) : t("annex.draft")))
                .append("</p>");
        html.append("<h2>").append(e(t("annex.shares"))).append("</h2><table><thead><tr>");
        for (String h : List.of("annex.col.party", "annex.col.population", "annex.col.units", "annex.col.ratio",
                "annex.col.exact", "annex.col.share")) {
            html.append("<th>").append(e(t(h))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        List<FinancingKey.Share> shares = agreements.shares(a);
        for (int i = 0; i < shares.size(); i++) {
            FinancingKey.Share s = shares.get(i);
            AgreementParty party = a.parties().get(i);
            Collectivity c = parties.get(s.siren());
            long population = a.signed() && party.population() != null ? party.population()
                    : c == null ? 0 : c.population();
            html.append("<tr><td>").append(e(c == null ? s.siren() : c.name())).append("</td><td class=\"n\">")
                    .append(population).append("</td><td class=\"n\">").append(party.units())
                    .append("</td><td class=\"n\">").append(e(s.ratio().toPlainString())).append(" %</td><td class=\"n\">")
                    .append(e(s.exact().toPlainString())).append("</td><td class=\"n\">").append(e(euros(s.amount())))
                    .append(s.extraCent() ? " *" : "").append("</td></tr>");
        }
        html.append("<tr><th>").append(e(t("annex.total"))).append("</th><td></td><td></td><td></td><td></td><td class=\"n\">")
                .append(e(euros(a.amount()))).append("</td></tr></tbody></table>");
        html.append("<p>").append(e(t("annex.extraCent"))).append("</p>");
        html.append("<h2>").append(e(t("annex.deliberations"))).append("</h2><ul>");
        for (AgreementParty p : a.parties()) {
            Collectivity c = parties.get(p.siren());
            html.append("<li>").append(e((c == null ? p.siren() : c.name()) + " — " + (p.deliberationOn() == null
                    ? t("annex.noDeliberation") : t("annex.deliberation", p.deliberationOn().toString(), p.deliberationRef()))))
                    .append("</li>");
        }
        return html.append("</ul></body></html>").toString();
    }

    /** The key in words, e.g. "Population municipale 50 %, parts égales 50 %". */
    public String keyText(FinancingKey key) {
        return key.weights().entrySet().stream().map(w -> t("agreement.keyPart", t(w.getKey().messageKey()), w.getValue()))
                .collect(Collectors.joining(", "));
    }

    private String euros(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRENCH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " €";
    }

    private String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
