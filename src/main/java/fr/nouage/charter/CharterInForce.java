package fr.nouage.charter;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Published when a version came into force, adopted by every collectivité; the version it
 * supersedes, if any, can no longer change.
 */
public record CharterInForce(String territorySiren, int number, Integer supersededNumber, Actor by, Instant at) {
}
