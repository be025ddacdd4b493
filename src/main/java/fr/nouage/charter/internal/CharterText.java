package fr.nouage.charter.internal;

import java.util.List;

import fr.nouage.charter.RuleParameters;
import fr.nouage.charter.Theme;

/**
 * The content of a charter independent of its storage: what Markdown import and export exchange.
 *
 * @param articles in reading order, grouped by theme in the order of {@link Theme}
 */
public record CharterText(String title, String preamble, List<ArticleText> articles) {

    /** An article's content. */
    public record ArticleText(String key, Theme theme, String title, String text, RuleParameters rule) {
    }

    public CharterText {
        preamble = preamble == null ? "" : preamble;
        articles = List.copyOf(articles);
    }
}
