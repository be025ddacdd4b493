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

    /** Display names of the directors of each collectivité of the territory, keyed by SIREN. */
    Map<String, List<String>> directorsByCollectivity(String territorySiren);

    /** Display names of the facilitators assigned to the territory. */
    List<String> facilitators(String territorySiren);

    /** Territories the current user may open; empty when they may open every territory. */
    Optional<Set<String>> visibleToCurrentUser();

    /**
     * Whether the current user may edit the territory's experience card (its directors and facilitators,
     * the coordinator, the admin).
     */
    boolean currentUserMayEditCard(String territorySiren);
}
