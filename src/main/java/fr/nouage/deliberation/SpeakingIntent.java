package fr.nouage.deliberation;

/** Why a member asks to speak on an item. */
public enum SpeakingIntent {
    FOR, AGAINST, QUESTION;

    public String messageKey() {
        return "speaking." + name();
    }
}
