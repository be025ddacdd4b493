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

    /** One party's line of the annex: its basis and its share. */
    record Line(String party, long population, long units, BigDecimal ratio, BigDecimal exact, BigDecimal amount,
            boolean extraCent) {
    }

    List<Line> lines(Agreement a) {
        Map<String, Collectivity> parties = territories.collectivities(a.territorySiren()).stream()
                .collect(Collectors.toMap(Collectivity::siren, Function.identity()));
        List<FinancingKey.Share> shares = agreements.shares(a);
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            FinancingKey.Share s = shares.get(i);
            AgreementParty party = a.parties().get(i);
            Collectivity c = parties.get(s.siren());
            long population = a.signed() && party.population() != null ? party.population()
                    : c == null ? 0 : c.population();
            lines.add(new Line(c == null ? s.siren() : c.name(), population, party.units(), s.ratio(), s.exact(),
                    s.amount(), s.extraCent()));
        }
        return lines;
    }

    /**
     * The same annex as an OpenDocument spreadsheet, its figures as numbers that a finance officer
     * can add up again: terms, key, one row per party (basis, ratio, exact share, share in euros),
     * the total, and the parties' deliberations.
     */
    public byte[] ods(Agreement a, Project project) {
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(new Object[] {t("annex.title", a.title())});
        rows.add(new Object[] {t("annex.project", project.title())});
        rows.add(new Object[] {t("annex.terms", t(a.kind().messageKey()), euros(a.amount()),
                a.durationMonths() == null ? "—" : a.durationMonths())});
        rows.add(new Object[] {t("annex.key"), keyText(a.key())});
        rows.add(new Object[] {a.signed() ? t("annex.frozen", a.signedOn().toString()) : t("annex.draft")});
        rows.add(new Object[0]);
        int header = rows.size();
        rows.add(new Object[] {t("annex.col.party"), t("annex.col.population"), t("annex.col.units"),
                t("annex.col.ratio"), t("annex.col.exact"), t("annex.col.share")});
        for (Line l : lines(a)) {
            rows.add(new Object[] {l.party(), (double) l.population(), (double) l.units(), l.ratio().doubleValue(),
                    l.exact().doubleValue(), l.amount().doubleValue(), l.extraCent() ? "*" : ""});
        }
        int total = rows.size();
        rows.add(new Object[] {t("annex.total"), null, null, null, null, a.amount().doubleValue()});
        rows.add(new Object[] {t("annex.extraCent")});
        rows.add(new Object[0]);
        rows.add(new Object[] {t("annex.deliberations")});
        Map<String, String> names = territories.collectivities(a.territorySiren()).stream()
                .collect(Collectors.toMap(Collectivity::siren, Collectivity::name));
        for (AgreementParty p : a.parties()) {
            rows.add(new Object[] {names.getOrDefault(p.siren(), p.siren()), p.deliberationOn() == null
                    ? t("annex.noDeliberation") : t("annex.deliberation", p.deliberationOn().toString(), p.deliberationRef())});
        }
        com.github.miachm.sods.Sheet sheet = new com.github.miachm.sods.Sheet(t("annex.sheet"), rows.size(), 7);
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).length; c++) {
                if (rows.get(r)[c] != null) {
                    sheet.getRange(r, c).setValue(rows.get(r)[c]);
                }
            }
        }
        sheet.getRange(0, 0).setFontBold(true);
        sheet.getRange(header, 0, 1, 6).setFontBold(true);
        sheet.getRange(total, 0, 1, 6).setFontBold(true);
        sheet.setColumnWidth(0, 60.0);
        com.github.miachm.sods.SpreadSheet book = new com.github.miachm.sods.SpreadSheet();
        book.appendSheet(sheet);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            book.save(out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
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
        for (Line l : lines(a)) {
            html.append("<tr><td>").append(e(l.party())).append("</td><td class=\"n\">").append(l.population())
                    .append("</td><td class=\"n\">").append(l.units()).append("</td><td class=\"n\">")
                    .append(e(l.ratio().toPlainString())).append(" %</td><td class=\"n\">")
                    .append(e(l.exact().toPlainString())).append("</td><td class=\"n\">").append(e(euros(l.amount())))
                    .append(l.extraCent() ? " *" : "").append("</td></tr>");
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
