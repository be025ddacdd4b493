package fr.nouage.charter;

import java.util.Locale;
import java.util.Optional;

/** The themes that group the articles of a charter, in the order they are shown. */
public enum Theme {
    ROLES, DECISION, INFORMATION, COPILOTING, TRUST, INFORMAL, ANNEX;

    /** Stable code of the theme in Markdown files, e.g. {@code {#decision}}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "charter.theme." + name();
    }

    /** The theme of a Markdown code, if any. */
    public static Optional<Theme> ofCode(String code) {
        for (Theme theme : values()) {
            if (theme.code().equalsIgnoreCase(code == null ? "" : code.strip())) {
                return Optional.of(theme);
            }
        }
        return Optional.empty();
    }
}
