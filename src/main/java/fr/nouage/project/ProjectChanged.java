package fr.nouage.project;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Published when a project changed: its phase or progress, its plan, its documents, its reviews,
 * its evaluation; {@code change} names what, as a message key.
 */
public record ProjectChanged(long projectId, String territorySiren, String title, String change, Actor by,
        Instant at) {
}
