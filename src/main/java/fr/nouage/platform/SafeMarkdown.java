package fr.nouage.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown written by users (minutes, charter articles) turned into HTML that is safe to show and to print: CommonMark first,
 * then the OWASP sanitizer keeps only text formatting, lists, quotes, code and http(s)/mailto
 * links. Scripts, styles, event handlers, images, frames and {@code javascript:} links are removed.
 * The result is also well-formed XHTML, as the PDF renderer needs.
 */
public final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().sanitizeUrls(true).softbreak("<br />")
            .build();
    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "ul",
                    "ol", "li", "strong", "em", "b", "i", "u", "s", "del", "sub", "sup", "a")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    private SafeMarkdown() {
    }

    /** Safe HTML of a Markdown text; empty for {@code null} or blank text. */
    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return POLICY.sanitize(html);
    }
}
