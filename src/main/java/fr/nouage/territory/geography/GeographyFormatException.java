package fr.nouage.territory.geography;

import java.util.Arrays;

/**
 * An official geography file that cannot be imported: malformed, truncated, of the wrong format
 * or inconsistent. Carries a message key and its arguments so that pages can say what is wrong in
 * the user's language.
 */
public class GeographyFormatException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public GeographyFormatException(String messageKey, Object... arguments) {
        super(messageKey + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
