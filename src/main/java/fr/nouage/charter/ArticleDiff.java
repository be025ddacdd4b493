package fr.nouage.charter;

import java.util.List;

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

    /** The difference between two states of an article, either of which may be missing. */
    public static ArticleDiff of(Article before, Article after) {
        Article any = after != null ? after : before;
        String oldBody = before == null ? "" : before.title() + "\n\n" + before.text()
                + ruleLine(before.rule());
        String newBody = after == null ? "" : after.title() + "\n\n" + after.text() + ruleLine(after.rule());
        List<WordDiff.Segment> diff = WordDiff.diff(oldBody, newBody);
        return new ArticleDiff(any.key(), any.theme(), before, after, WordDiff.oldSide(diff), WordDiff.newSide(diff),
                WordDiff.changed(diff) || before == null || after == null);
    }

    private static String ruleLine(RuleParameters rule) {
        return rule.isEmpty() ? "" : "\n\n[" + rule.format() + "]";
    }
}
