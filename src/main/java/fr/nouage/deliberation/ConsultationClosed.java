package fr.nouage.deliberation;

import java.time.Instant;

/** Published once when a consultation is closed and its result can be read. */
public record ConsultationClosed(long consultationId, String territorySiren, String title, Instant closedAt) {
}
