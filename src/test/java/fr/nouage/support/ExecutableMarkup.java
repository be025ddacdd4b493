package fr.nouage.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds in a page what a browser would run: a script block, an event-handler attribute, a link or
 * source to a {@code javascript:}, {@code vbscript:} or {@code data:text/html} address, a frame or an
 * embedded object. Nouage's own pages have none of these (the Content-Security-Policy forbids
 * them), so anything found came from what a user typed.
 */
public final class ExecutableMarkup {

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE = Pattern
            .compile("([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x?)([0-9a-fA-F]{1,7});?");
    private static final Set<String> LINKS = Set.of("href", "src", "action", "formaction", "xlink:href", "data",
            "poster", "background");
    private static final Set<String> FORBIDDEN_TAGS = Set.of("iframe", "frame", "object", "embed", "applet", "base");

    private ExecutableMarkup() {
    }

    /** Each executable thing found in the page, as the tag that carries it; empty for a clean page. */
    public static List<String> in(String html) {
        List<String> found = new ArrayList<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            String attributes = tag.group(2);
            if (FORBIDDEN_TAGS.contains(name)) {
                found.add(tag.group());
                continue;
            }
            boolean scriptWithSource = false;
            Matcher attribute = ATTRIBUTE.matcher(attributes);
            while (attribute.find()) {
                String key = attribute.group(1).toLowerCase(Locale.ROOT);
                String value = unquote(attribute.group(2));
                if (key.startsWith("on") || key.equals("srcdoc")) {
                    found.add(tag.group());
                } else if (LINKS.contains(key)) {
                    String url = decode(value).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                    if (url.startsWith("javascript:") || url.startsWith("vbscript:") || url.startsWith("data:text/html")) {
                        found.add(tag.group());
                    }
                    scriptWithSource |= key.equals("src") && url.startsWith("/") && !url.startsWith("//");
                }
            }
            if (name.equals("script") && !scriptWithSource) {
                found.add(tag.group());
            }
        }
        return found;
    }

    private static String unquote(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** An attribute value as a browser reads it: numeric entities and the usual named ones undone. */
    private static String decode(String value) {
        Matcher m = NUMERIC_ENTITY.matcher(value);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            int code;
            try {
                code = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
            } catch (NumberFormatException notDecimal) {
                code = '?';
            }
            m.appendReplacement(decoded, Matcher.quoteReplacement(Character.isValidCodePoint(code)
                    ? new String(Character.toChars(code)) : "?"));
        }
        m.appendTail(decoded);
        return decoded.toString().replace("&colon;", ":").replace("&Tab;", "").replace("&NewLine;", "")
                .replace("&amp;", "&");
    }
}
