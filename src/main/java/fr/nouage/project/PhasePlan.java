package fr.nouage.project;

import java.time.LocalDate;

/** The dates and deliverables of one co-phase of a project. */
public record PhasePlan(Phase phase, LocalDate startsOn, LocalDate endsOn, String deliverables) {
}
