package fr.nouage.meeting;

/**
 * A body of a territory.
 *
 * @param collectivitySiren the commune of a conseil municipal, {@code null} otherwise
 */
public record Body(long id, String territorySiren, BodyKind kind, String name, String collectivitySiren) {
}
