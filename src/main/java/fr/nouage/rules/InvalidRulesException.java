package fr.nouage.rules;

/** Rule parameters out of their range, with the message key naming the problem. */
public class InvalidRulesException extends RuntimeException {

    private final String messageKey;

    public InvalidRulesException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
