package fr.nouage.meeting;

/** Who the rotation proposes to host and to facilitate a meeting (SIRENs of collectivités). */
public record RotationTurn(String hostSiren, String facilitatorSiren) {
}
