package fr.nouage.territory;

import java.time.Instant;

/**
 * A territory using Nouage: one EPCI à fiscalité propre and its member communes.
 *
 * @param siren        SIREN of the EPCI
 * @param kind         CC, CA, CU or METRO as in the official data
 * @param population   population municipale of the active member communes
 * @param communeCount number of active member communes
 */
public record Territory(String siren, String name, String kind, int population, int communeCount,
        Instant createdAt, ExperienceCard card) {
}
