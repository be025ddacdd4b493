package fr.nouage.project;

import java.time.LocalDate;

/** In alternating pilotage, the lead that takes over on a date. */
public record Handover(LocalDate on, String collectivitySiren) {
}
