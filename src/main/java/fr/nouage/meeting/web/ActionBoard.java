package fr.nouage.meeting.web;

import java.time.LocalDate;
import java.util.List;

import fr.nouage.meeting.ActionItem;
import fr.nouage.territory.Collectivity;

/**
 * The open actions of a territory as its page shows them.
 *
 * @param collectivities the territory's active collectivités, to name the owners
 * @param today          today in Europe/Paris, to flag overdue actions
 * @param writable       whether the reader may change statuses
 */
public record ActionBoard(String territorySiren, String territoryName, List<ActionItem> actions,
        List<Collectivity> collectivities, LocalDate today, boolean writable) {

    public String owner(String siren) {
        return collectivities.stream().filter(c -> c.siren().equals(siren)).map(Collectivity::name).findFirst()
                .orElse(siren);
    }

    public long overdueCount() {
        return actions.stream().filter(a -> a.overdue(today)).count();
    }
}
