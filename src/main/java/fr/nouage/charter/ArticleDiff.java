package fr.nouage.charter;

import java.util.List;
import java.util.function.Function;

/**
 * How one article changed from a version to the next, side by side.
 *
 * @param before  the article in the previous version, {@code null} when it was added
 * @param after   the article in this version, {@code null} when it was removed
 * @param oldText runs of the previous text (unchanged and removed words)
 * @param newText runs of the new text (unchanged and added words)
 */
public record ArticleDiff(String key, Theme theme, Article before, Article after, List<WordDiff.Segment> oldText,
        List<WordDiff.Segment> newText, boolean changed) {

    /**
     * The difference between two states of an article, either of which may be missing; the rule an
     * article carries is compared as {@code ruleText} writes it (in words for readers).
     */
    public static ArticleDiff of(Article before, Article after, Function<RuleParameters, String> ruleText) {
        Article any = after != null ? after : before;
        String oldBody = before == null ? "" : before.title() + "\n\n" + before.text() + ruleLine(before.rule(), ruleText);
        String newBody = after == null ? "" : after.title() + "\n\n" + after.text() + ruleLine(after.rule(), ruleText);
        List<WordDiff.Segment> diff = WordDiff.diff(oldBody, newBody);
        return new ArticleDiff(any.key(), any.theme(), before, after, WordDiff.oldSide(diff), WordDiff.newSide(diff),
                WordDiff.changed(diff) || before == null || after == null);
    }

    private static String ruleLine(RuleParameters rule, Function<RuleParameters, String> ruleText) {
        return rule.isEmpty() ? "" : "\n\n" + ruleText.apply(rule);
    }
}
