package fr.nouage.charter;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Published when a draft was submitted to the collectivités for adoption; its text is frozen from
 * then on.
 */
public record CharterProposed(String territorySiren, int number, Actor by, Instant at) {
}
