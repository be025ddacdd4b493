package fr.nouage.charter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level difference between two texts, by longest common subsequence of words (each word
 * keeps the spaces that follow it). Common beginnings and endings are set aside first, so that a
 * small amendment of a long article stays cheap; a very large rewrite is shown as one replacement.
 */
public final class WordDiff {

    private static final Pattern TOKEN = Pattern.compile("\\s+|\\S+\\s*");
    private static final long MAX_CELLS = 4_000_000L;

    /** What happened to a run of words. */
    public enum Kind {
        SAME, REMOVED, ADDED
    }

    /** A run of words with the same fate. */
    public record Segment(Kind kind, String text) {
    }

    private WordDiff() {
    }

    /** The runs that turn {@code before} into {@code after}, in reading order. */
    public static List<Segment> diff(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<Segment> out = new ArrayList<>();
        add(out, Kind.SAME, a.subList(0, start));
        middle(out, a.subList(start, endA), b.subList(start, endB));
        add(out, Kind.SAME, a.subList(endA, a.size()));
        return out;
    }

    /** The old text's runs: unchanged and removed words. */
    public static List<Segment> oldSide(List<Segment> diff) {
        return diff.stream().filter(s -> s.kind() != Kind.ADDED).toList();
    }

    /** The new text's runs: unchanged and added words. */
    public static List<Segment> newSide(List<Segment> diff) {
        return diff.stream().filter(s -> s.kind() != Kind.REMOVED).toList();
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Segment> diff) {
        return diff.stream().anyMatch(s -> s.kind() != Kind.SAME);
    }

    private static void middle(List<Segment> out, List<String> a, List<String> b) {
        if ((long) a.size() * b.size() > MAX_CELLS) {
            add(out, Kind.REMOVED, a);
            add(out, Kind.ADDED, b);
            return;
        }
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).equals(b.get(j))) {
                add(out, Kind.SAME, List.of(a.get(i++)));
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                add(out, Kind.REMOVED, List.of(a.get(i++)));
            } else {
                add(out, Kind.ADDED, List.of(b.get(j++)));
            }
        }
        add(out, Kind.REMOVED, a.subList(i, n));
        add(out, Kind.ADDED, b.subList(j, m));
    }

    /** Appends words, merging with the last run when it has the same kind. */
    private static void add(List<Segment> out, Kind kind, List<String> words) {
        if (words.isEmpty()) {
            return;
        }
        String text = String.join("", words);
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            Segment last = out.remove(out.size() - 1);
            out.add(new Segment(kind, last.text() + text));
        } else {
            out.add(new Segment(kind, text));
        }
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }
}
