package fr.nouage.accompaniment;

import java.util.regex.Pattern;

import fr.nouage.platform.RefusedOperation.Reason;

/** Checks and cleans the texts people type in the module. */
final class Texts {

    private static final Pattern TAGS = Pattern.compile("<[^>]*>");
    private static final Pattern CONTROLS = Pattern.compile("[\\p{Cc}&&[^\\n]]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** A required text, stripped; INVALID with that key when blank or longer than {@code max}. */
    static String required(String text, int max, String key) {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.length() > max) {
            throw new AccompanimentException(Reason.INVALID, key, max);
        }
        return s;
    }

    /** An optional text, stripped, {@code null} when blank; INVALID when longer than {@code max}. */
    static String optional(String text, int max, String key) {
        String s = text == null ? "" : text.strip();
        if (s.length() > max) {
            throw new AccompanimentException(Reason.INVALID, key, max);
        }
        return s.isEmpty() ? null : s;
    }

    /** A text with markup and control characters removed and spaces collapsed (maybe empty). */
    static String verbatimOrBlank(String text) {
        return SPACES.matcher(CONTROLS.matcher(TAGS.matcher(text).replaceAll(" ")).replaceAll(" ")).replaceAll(" ")
                .strip();
    }

    /**
     * A verbatim as the wall shows it: markup and control characters removed, spaces collapsed;
     * INVALID when nothing is left or it is longer than {@code max}.
     */
    static String verbatim(String text, int max) {
        if (text == null || text.length() > max) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.verbatimText", max);
        }
        String s = verbatimOrBlank(text);
        if (s.isEmpty()) {
            throw new AccompanimentException(Reason.INVALID, "accompaniment.error.verbatimText", max);
        }
        return s;
    }
}
