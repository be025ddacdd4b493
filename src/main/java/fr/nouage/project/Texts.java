package fr.nouage.project;

import fr.nouage.platform.RefusedOperation.Reason;

/** Checks of the texts typed for a project. */
final class Texts {

    private Texts() {
    }

    /** The text stripped; INVALID with {@code key} when blank or longer than {@code max}. */
    static String required(String text, int max, String key) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new ProjectException(Reason.INVALID, key, max);
        }
        return text.strip();
    }

    /** The text stripped, {@code null} when blank; INVALID with {@code key} when longer than {@code max}. */
    static String optional(String text, int max, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > max) {
            throw new ProjectException(Reason.INVALID, key, max);
        }
        return text.strip();
    }
}
