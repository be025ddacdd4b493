package fr.nouage.account;

/** A refused change to an account, with the message key that explains why. */
public class AccountException extends RuntimeException {

    private final String messageKey;

    public AccountException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
