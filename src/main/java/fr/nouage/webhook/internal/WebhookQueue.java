package fr.nouage.webhook.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.deliberation.ItemDecided;
import fr.nouage.meeting.AgendaFrozen;
import fr.nouage.meeting.MinutesPublished;
import fr.nouage.meeting.OpinionForwarded;
import fr.nouage.webhook.WebhookEvent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the events of the meeting and deliberation modules into deliveries, one per webhook of the
 * territory that listens to them. The events arrive after their transaction committed, through the
 * event publication registry (an event whose handling failed or was cut by a crash is handled again;
 * a delivery is queued once per event id all the same).
 */
@Component
class WebhookQueue {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookRepository repository;
    private final Clock clock;

    WebhookQueue(WebhookRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AgendaFrozen e) {
        queue(e.territorySiren(), WebhookEvent.AGENDA_FROZEN, "agenda-frozen:" + e.meetingId(),
                data("meetingId", e.meetingId(), "href", "/api/v1/meetings/" + e.meetingId()));
    }

    @ApplicationModuleListener
    void on(OpinionForwarded e) {
        queue(e.territorySiren(), WebhookEvent.OPINION_FORWARDED,
                "opinion-forwarded:" + e.agendaItemId() + ":" + e.sessionItemId(),
                data("meetingId", e.meetingId(), "agendaItemId", e.agendaItemId(), "sessionId", e.sessionId(),
                        "sessionItemId", e.sessionItemId(), "href", "/api/v1/meetings/" + e.meetingId()));
    }

    @ApplicationModuleListener
    void on(ItemDecided e) {
        queue(e.territorySiren(), WebhookEvent.DECISION_TAKEN, "decision-taken:" + e.itemId() + ":" + e.at().toEpochMilli(),
                data("meetingId", e.meetingId(), "itemId", e.itemId(), "outcome", String.valueOf(e.outcome()),
                        "href", "/api/v1/items/" + e.itemId() + "/positions"));
    }

    @ApplicationModuleListener
    void on(MinutesPublished e) {
        queue(e.territorySiren(), WebhookEvent.MINUTES_PUBLISHED, "minutes-published:" + e.meetingId(),
                data("meetingId", e.meetingId(), "href", "/api/v1/meetings/" + e.meetingId()));
    }

    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    private void queue(String territorySiren, WebhookEvent event, String eventId, Map<String, Object> data) {
        var targets = repository.listening(territorySiren, event);
        if (targets.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", eventId);
        body.put("type", event.type());
        body.put("territorySiren", territorySiren);
        body.put("occurredAt", now.toString());
        body.put("data", data);
        String payload = JSON.writeValueAsString(body);
        targets.forEach(t -> repository.queue(t.id(), eventId, event, payload, now));
    }
}
