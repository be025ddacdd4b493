package fr.nouage.network;

import java.time.Instant;

import fr.nouage.account.Actor;

/**
 * Something changed in a territory's networks or exchanges (a network created, a referent named, a
 * document added, an exchange recorded); {@code change} is the message key of what happened.
 */
public record NetworkChanged(String territorySiren, Long networkId, String subject, String change, Actor actor,
        Instant at) {
}
