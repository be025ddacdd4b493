package fr.nouage.deliberation;

/** Published once when a consultation is closed and its result can be read. */
public record ConsultationClosed(long consultationId, String territorySiren, String title) {
}
