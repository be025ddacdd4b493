package fr.nouage.project;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published when a project was added to a territory's portfolio. */
public record ProjectCreated(long projectId, String territorySiren, String title, Pilotage pilotage, Actor by,
        Instant at) {
}
