package fr.nouage.deliberation;

/** What an anonymous remark is about. */
public enum RemarkCategory {
    SENSITIVE_TOPIC, GROUP_FUNCTIONING;

    public String messageKey() {
        return "remarks.category." + name();
    }
}
