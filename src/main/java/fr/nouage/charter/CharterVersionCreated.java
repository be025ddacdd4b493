package fr.nouage.charter;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Published when a new version of a territory's charter was started: a first draft, or the draft
 * gathering adopted amendments.
 */
public record CharterVersionCreated(String territorySiren, int number, Actor by, Instant at) {
}
