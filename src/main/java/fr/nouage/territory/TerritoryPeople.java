package fr.nouage.territory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who works in a territory and what the current user may see of it, as far as this module's pages
 * need to know. Implemented by the module that owns accounts, so that this one does not depend on it.
 */
public interface TerritoryPeople {

    /** The directors and facilitators of the territory (enabled accounts only), read at once. */
    Team team(String territorySiren);

    /**
     * Who works in a territory.
     *
     * @param directorsByCollectivity display names of the directors of each collectivité, keyed by SIREN
     * @param facilitators            display names of the facilitators assigned to the territory
     */
    record Team(Map<String, List<String>> directorsByCollectivity, List<String> facilitators) {
    }

    /** Territories the current user may open; empty when they may open every territory. */
    Optional<Set<String>> visibleToCurrentUser();

    /**
     * Whether the current user may edit the territory's experience card (its directors and facilitators,
     * the coordinator, the admin).
     */
    boolean currentUserMayEditCard(String territorySiren);
}
