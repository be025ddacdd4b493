package fr.nouage.meeting.internal;

import java.text.Normalizer;
import java.util.Locale;

import fr.nouage.meeting.DocumentFormat;

/**
 * Turns the name a browser sent into a safe file name: no folder, no control or reserved
 * character, a bounded length, and the extension of the format recognised from the content.
 */
public final class FileNames {

    static final int BASE_MAX = 150;
    private static final String FALLBACK = "document";

    private FileNames() {
    }

    public static String sanitise(String original, DocumentFormat format) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\p{Cf}<>:\"|?*%;]", "_").replaceAll("\\s+", " ");
        name = name.replaceAll("^[.\\s_]+", "").replaceAll("[.\\s]+$", "");
        String base = name;
        int dot = name.lastIndexOf('.');
        if (dot > 0 && format.usualExtension(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
            base = name.substring(0, dot);
        }
        base = base.replaceAll("\\.{2,}", ".").replaceAll("[.\\s]+$", "");
        if (base.length() > BASE_MAX) {
            int cut = Character.isHighSurrogate(base.charAt(BASE_MAX - 1)) ? BASE_MAX - 1 : BASE_MAX;
            base = base.substring(0, cut).strip();
        }
        if (base.isBlank()) {
            base = FALLBACK;
        }
        return base + "." + format.extension();
    }
}
