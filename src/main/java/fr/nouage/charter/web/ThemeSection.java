package fr.nouage.charter.web;

import java.util.List;

import fr.nouage.charter.Theme;

/** The articles of one theme of a version. */
public record ThemeSection(Theme theme, List<ArticleView> articles) {
}
