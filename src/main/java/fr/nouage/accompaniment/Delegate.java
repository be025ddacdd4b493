package fr.nouage.accompaniment;

/** One person of a territory's delegation to a seminar, for a collectivité of that territory. */
public record Delegate(long id, long seminarId, String territorySiren, String collectivitySiren, String name,
        String job) {
}
