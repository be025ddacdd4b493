package fr.nouage.deliberation.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.deliberation.DeliberationException;
import fr.nouage.meeting.AgendaItem;
import fr.nouage.meeting.ItemKind;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.Meetings;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * What the deliberation pages check and look up: the territory of the path, the meeting and item
 * belonging to it, the user. Security already checked that the user may read the territory.
 */
@Component
class DeliberationPages {

    private final Territories territories;
    private final Meetings meetings;

    DeliberationPages(Territories territories, Meetings meetings) {
        this.territories = territories;
        this.meetings = meetings;
    }

    Territory territory(String siren) {
        return territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    NouageUser user() {
        return CurrentUser.require();
    }

    /** The meeting, once checked that it belongs to the territory of the path; 404 otherwise. */
    Meeting meeting(String siren, long id) {
        return meetings.find(id).filter(m -> m.territorySiren().equals(siren))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** An item of the meeting that asks for an opinion or a decision; 404 otherwise. */
    AgendaItem item(Meeting meeting, long itemId) {
        return meetings.item(itemId).filter(i -> i.meetingId() == meeting.id())
                .filter(i -> i.kind() == ItemKind.TECHNICAL_OPINION || i.kind() == ItemKind.DECISION)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The active collectivités: the EPCI first, then the communes by name. */
    List<Collectivity> members(String siren) {
        return territories.collectivities(siren).stream().filter(Collectivity::active).toList();
    }

    /** The names of every collectivité of the territory, former ones included, by SIREN. */
    Map<String, String> names(String siren) {
        Map<String, String> names = new LinkedHashMap<>();
        territories.collectivities(siren).forEach(c -> names.put(c.siren(), c.name()));
        return names;
    }

    /** The HTTP status of a refusal: 404, 403, 400 or 409. */
    static int status(DeliberationException e) {
        return e.status();
    }

    /** Sets the status of a page shown again with a refusal; HTMX swaps only successful answers, so not for it. */
    static void refused(HttpServletResponse response, DeliberationException e, boolean htmx) {
        if (!htmx) {
            response.setStatus(status(e));
        }
    }
}
