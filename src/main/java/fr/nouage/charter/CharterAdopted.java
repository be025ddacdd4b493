package fr.nouage.charter;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published when a collectivité recorded its adoption of a proposed version. */
public record CharterAdopted(String territorySiren, int number, String collectivitySiren, Actor by, Instant at) {
}
