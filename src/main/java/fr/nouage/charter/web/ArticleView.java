package fr.nouage.charter.web;

import java.util.List;

import fr.nouage.charter.Article;

/**
 * An article as a page shows it.
 *
 * @param number   its number in the reading order of the version
 * @param html     its text, rendered from Markdown and sanitised
 * @param ruleRows its active rule, one row per parameter
 */
public record ArticleView(int number, Article article, String html, List<RuleRow> ruleRows) {
}
