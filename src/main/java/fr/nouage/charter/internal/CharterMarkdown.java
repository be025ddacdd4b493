package fr.nouage.charter.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.nouage.charter.CharterException;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.charter.RuleParameters;
import fr.nouage.charter.Theme;
import fr.nouage.charter.internal.CharterText.ArticleText;

/**
 * The Markdown form of a charter. Convention:
 * <pre>
 * # Title of the charter
 * Preamble…
 * ## Theme label {#decision}
 * ### Article title {#article-key}
 * Text of the article (headings of level 4 and below only)…
 * &gt; Règle active : agendaLeadHours = 48 ; decisionMode = CONSENT
 * </pre>
 * The {@code {#…}} attributes are optional on import: a theme is then recognised by its label and
 * an article key made from its title. The marker of the rule line comes from the messages.
 */
public final class CharterMarkdown {

    public static final int KEY_MAX = 60;
    // read step by step rather than by one pattern: a pattern with optional spaces around an optional
    // key backtracks without end on a long line of spaces (a 5 KB import held a thread for minutes)
    private static final Pattern HEADING_START = Pattern.compile("^(#{1,3})\\s");
    private static final Pattern KEY_SUFFIX = Pattern.compile("\\{#([A-Za-z0-9_-]+)\\}$");

    private final Function<Theme, String> themeLabel;
    private final String ruleMarker;
    private final Pattern ruleLine;

    /**
     * @param themeLabel label of each theme, used on export and recognised on import
     * @param ruleMarker words that open a rule line, e.g. {@code Règle active}
     */
    public CharterMarkdown(Function<Theme, String> themeLabel, String ruleMarker) {
        this.themeLabel = themeLabel;
        this.ruleMarker = ruleMarker;
        // possessive quantifiers: spaces and stars never give back, so a long line cannot make the pattern backtrack
        this.ruleLine = Pattern.compile("^>\\s*+\\**+\\s*+" + Pattern.quote(ruleMarker) + "\\s*+\\**+\\s*+:?\\s*+(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The Markdown of a charter; {@link #read} gives it back unchanged. */
    public String write(CharterText charter) {
        StringBuilder md = new StringBuilder("# ").append(charter.title().strip()).append("\n\n");
        if (!charter.preamble().isBlank()) {
            md.append(charter.preamble().strip()).append("\n\n");
        }
        for (Theme theme : Theme.values()) {
            List<ArticleText> articles = charter.articles().stream().filter(a -> a.theme() == theme).toList();
            if (articles.isEmpty()) {
                continue;
            }
            md.append("## ").append(themeLabel.apply(theme)).append(" {#").append(theme.code()).append("}\n\n");
            for (ArticleText a : articles) {
                md.append("### ").append(a.title().strip()).append(" {#").append(a.key()).append("}\n\n");
                if (!a.text().isBlank()) {
                    md.append(a.text().strip()).append("\n\n");
                }
                if (!a.rule().isEmpty()) {
                    md.append("> ").append(ruleMarker).append(" : ").append(a.rule().format()).append("\n\n");
                }
            }
        }
        return md.toString().stripTrailing() + "\n";
    }

    /**
     * Reads a charter written with this convention.
     *
     * @throws CharterException INVALID without a title, for an article outside a theme, an unknown
     *                          theme or a wrong rule line
     */
    public CharterText read(String markdown) {
        String title = null;
        StringBuilder preamble = new StringBuilder();
        List<ArticleText> articles = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        Theme theme = null;
        Draft current = null;
        boolean inFence = false;
        for (String line : (markdown == null ? "" : markdown.replace("\r\n", "\n").replace('\r', '\n')).split("\n", -1)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                inFence = !inFence;
            }
            Heading h = inFence ? null : Heading.of(line);
            if (h != null) {
                int level = h.level();
                if (level == 1 && title == null) {
                    title = h.title();
                    continue;
                }
                if (level == 2) {
                    current = finish(current, articles);
                    theme = theme(h.title(), h.key());
                    continue;
                }
                if (level == 3) {
                    current = finish(current, articles);
                    if (theme == null) {
                        throw new CharterException(Reason.INVALID, "charter.error.import.noTheme", h.title());
                    }
                    current = new Draft(uniqueKey(h.key() != null ? h.key() : h.title(), keys), theme, h.title());
                    continue;
                }
            }
            Matcher rule = inFence ? null : ruleLine.matcher(line);
            if (current != null && rule != null && rule.matches()) {
                current.rule.append(rule.group(1)).append(';');
            } else if (current != null) {
                current.text.append(line).append('\n');
            } else if (theme == null) {
                preamble.append(line).append('\n');
            } else if (!line.isBlank()) {
                throw new CharterException(Reason.INVALID, "charter.error.import.textOutsideArticle", line.strip());
            }
        }
        finish(current, articles);
        if (title == null || title.isBlank()) {
            throw new CharterException(Reason.INVALID, "charter.error.import.noTitle");
        }
        List<ArticleText> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing(ArticleText::theme));
        return new CharterText(title.strip(), preamble.toString().strip(), ordered);
    }

    /** A heading line: its level (1 to 3), its title and its explicit key, {@code null} without one. */
    private record Heading(int level, String title, String key) {

        /** The heading of a line, {@code null} for a line that is not one. */
        static Heading of(String line) {
            Matcher start = HEADING_START.matcher(line);
            if (!start.lookingAt()) {
                return null;
            }
            String rest = line.substring(start.end()).strip();
            Matcher key = KEY_SUFFIX.matcher(rest);
            if (key.find()) {
                return new Heading(start.group(1).length(), rest.substring(0, key.start()).strip(), key.group(1));
            }
            return new Heading(start.group(1).length(), rest, null);
        }
    }

    private Theme theme(String label, String code) {
        Optional<Theme> byCode = code == null ? Optional.empty() : Theme.ofCode(code);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        for (Theme t : Theme.values()) {
            if (plain(themeLabel.apply(t)).equals(plain(label))) {
                return t;
            }
        }
        throw new CharterException(Reason.INVALID, "charter.error.import.theme", label);
    }

    private static ArticleText finishArticle(Draft d) {
        return new ArticleText(d.key, d.theme, d.title.strip(), d.text.toString().strip(),
                RuleParameters.parse(d.rule.toString()));
    }

    private static Draft finish(Draft current, List<ArticleText> articles) {
        if (current != null) {
            articles.add(finishArticle(current));
        }
        return null;
    }

    /** A key made of lower-case ASCII letters, digits and hyphens, unique in the charter. */
    static String uniqueKey(String source, Set<String> taken) {
        String base = slug(source);
        String key = base;
        for (int n = 2; !taken.add(key); n++) {
            String suffix = "-" + n;
            key = base.substring(0, Math.min(base.length(), KEY_MAX - suffix.length())) + suffix;
        }
        return key;
    }

    /** Lower-case ASCII slug of a text, never empty. */
    public static String slug(String text) {
        String slug = plain(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > KEY_MAX) {
            slug = slug.substring(0, KEY_MAX).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "article" : slug;
    }

    private static String plain(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    private static final class Draft {
        final String key;
        final Theme theme;
        final String title;
        final StringBuilder text = new StringBuilder();
        final StringBuilder rule = new StringBuilder();

        Draft(String key, Theme theme, String title) {
            this.key = key;
            this.theme = theme;
            this.title = title;
        }
    }
}
