package fr.nouage.webhook;

/** What a territory's webhook may be told of, and the {@code type} its deliveries carry. */
public enum WebhookEvent {
    AGENDA_FROZEN("agenda.frozen"),
    OPINION_FORWARDED("opinion.forwarded"),
    DECISION_TAKEN("decision.taken"),
    MINUTES_PUBLISHED("minutes.published");

    private final String type;

    WebhookEvent(String type) {
        this.type = type;
    }

    /** The name in a delivery's {@code type} and {@code X-Nouage-Event} header. */
    public String type() {
        return type;
    }

    public String messageKey() {
        return "webhook.event." + name();
    }
}
