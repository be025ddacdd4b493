package fr.nouage.charter.internal;

import fr.nouage.platform.SafeMarkdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import fr.nouage.charter.CharterVersion;
import fr.nouage.charter.RuleParameter;
import fr.nouage.charter.RuleParameters;
import fr.nouage.charter.Theme;
import fr.nouage.charter.internal.CharterText.ArticleText;
import fr.nouage.platform.pdf.PdfRenderer;

/**
 * The documents of a charter: the model charter shipped with Nouage, the blank charter, and the
 * Markdown, PDF and OpenDocument forms of a version, with labels from the messages.
 */
@Component
public class CharterDocuments {

    static final String MODEL = "charter/modele-charte.md";

    private final MessageSource messages;

    CharterDocuments(MessageSource messages) {
        this.messages = messages;
    }

    /** The Markdown convention with the labels of the user's language. */
    public CharterMarkdown markdown() {
        return new CharterMarkdown(theme -> t(theme.messageKey()), t("charter.markdown.ruleMarker"));
    }

    /** Nouage's model charter. */
    public CharterText model() {
        try (InputStream in = CharterDocuments.class.getClassLoader().getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("missing " + MODEL);
            }
            return markdown().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A charter with a title and nothing else. */
    public CharterText blank() {
        return new CharterText(t("charter.blank.title"), "", List.of());
    }

    public byte[] pdf(CharterVersion version, CharterText text, String territoryName) {
        return PdfRenderer.render(xhtml(version, text, territoryName));
    }

    public byte[] odt(CharterVersion version, CharterText text, String territoryName) {
        List<CharterOdt.Block> blocks = new ArrayList<>();
        blocks.add(CharterOdt.Block.heading(1, text.title()));
        blocks.add(CharterOdt.Block.paragraph(subtitle(version, territoryName)));
        CharterOdt.markdown(blocks, text.preamble());
        int number = 0;
        for (Theme theme : Theme.values()) {
            List<ArticleText> articles = text.articles().stream().filter(a -> a.theme() == theme).toList();
            if (articles.isEmpty()) {
                continue;
            }
            blocks.add(CharterOdt.Block.heading(2, t(theme.messageKey())));
            for (ArticleText a : articles) {
                blocks.add(CharterOdt.Block.heading(3, t("charter.article.heading", ++number, a.title())));
                CharterOdt.markdown(blocks, a.text());
                ruleLines(a).forEach(line -> blocks.add(CharterOdt.Block.paragraph(line)));
            }
        }
        return CharterOdt.write(blocks);
    }

    String xhtml(CharterVersion version, CharterText text, String territoryName) {
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><meta charset="UTF-8" />
                <style>
                body { font-family: '%s'; font-size: 10.5pt; line-height: 1.4; }
                h1 { font-size: 18pt; margin-bottom: 2pt; } h2 { font-size: 14pt; margin-top: 18pt; color: #142766; }
                h3 { font-size: 11.5pt; margin-top: 12pt; } .sub { color: #4d4d4d; }
                .rule { border-left: 3pt solid #1f3a93; padding: 3pt 8pt; background: #f4f6fb; }
                @page { size: A4; margin: 2cm; @bottom-center { content: counter(page) " / " counter(pages); font-family: '%s'; font-size: 8pt; } }
                </style>
                """.formatted(PdfRenderer.FONT_FAMILY, PdfRenderer.FONT_FAMILY));
        html.append("<title>").append(escape(text.title())).append("</title></head><body>");
        html.append("<h1>").append(escape(text.title())).append("</h1>");
        html.append("<p class=\"sub\">").append(escape(subtitle(version, territoryName))).append("</p>");
        html.append(SafeMarkdown.toHtml(text.preamble()));
        int number = 0;
        for (Theme theme : Theme.values()) {
            List<ArticleText> articles = text.articles().stream().filter(a -> a.theme() == theme).toList();
            if (articles.isEmpty()) {
                continue;
            }
            html.append("<h2>").append(escape(t(theme.messageKey()))).append("</h2>");
            for (ArticleText a : articles) {
                html.append("<h3>").append(escape(t("charter.article.heading", ++number, a.title()))).append("</h3>");
                html.append(SafeMarkdown.toHtml(a.text()));
                List<String> rules = ruleLines(a);
                if (!rules.isEmpty()) {
                    html.append("<div class=\"rule\">");
                    rules.forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
                    html.append("</div>");
                }
            }
        }
        return html.append("</body></html>").toString();
    }

    private String subtitle(CharterVersion version, String territoryName) {
        return t("charter.document.subtitle", territoryName, version.number(), t(version.status().messageKey()));
    }

    /** One line per parameter of the article's rule, e.g. "Règle active — délai … : 48 heures". */
    List<String> ruleLines(ArticleText a) {
        List<String> lines = new ArrayList<>();
        a.rule().values().forEach((p, v) -> lines.add(t("charter.rule.line", t(p.messageKey()), value(p, v))));
        return lines;
    }

    /** A rule in words, one line per parameter, as the PDF prints it. */
    public String ruleText(RuleParameters rule) {
        return String.join("\n", ruleLines(new ArticleText(null, null, null, null, rule)));
    }

    /** A parameter's value in words, e.g. {@code 48 heures}, {@code consentement}, {@code oui}. */
    public String value(RuleParameter parameter, String value) {
        return switch (parameter.type()) {
            case INTEGER -> t(parameter.messageKey() + ".value", Integer.parseInt(value));
            case BOOLEAN -> t("charter.rule.boolean." + value);
            case DECISION_MODE -> t("charter.rule.mode." + value);
            case ADOPTION_RULE -> t("charter.rule.adoption." + value);
        };
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
