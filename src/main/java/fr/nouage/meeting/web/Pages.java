package fr.nouage.meeting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import fr.nouage.account.CurrentUser;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.MeetingException;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/** What every meeting page checks and looks up: the territory, the user and their rights. */
@Component
class Pages {

    private final Territories territories;

    Pages(Territories territories) {
        this.territories = territories;
    }

    /** The territory of the path; 404 when it does not exist. */
    Territory territory(String siren) {
        return territories.find(siren).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The signed-in user (security already checked that they may read the territory of the path). */
    NouageUser user() {
        return CurrentUser.require();
    }

    /** The signed-in user, once checked that they run the territory's meetings; 403 otherwise. */
    NouageUser organiser(String siren) {
        NouageUser user = user();
        if (!MeetingAccess.mayOrganise(user, siren)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }

    /** The active collectivités of a territory: the EPCI first, then the communes by name. */
    List<Collectivity> members(String siren) {
        return territories.collectivities(siren).stream().filter(Collectivity::active).toList();
    }

    /** Names of every collectivité of the territory (former ones included), by SIREN. */
    Map<String, String> names(List<Collectivity> collectivities) {
        Map<String, String> names = new LinkedHashMap<>();
        collectivities.forEach(c -> names.put(c.siren(), c.name()));
        return names;
    }

    List<Collectivity> collectivities(String siren) {
        return territories.collectivities(siren);
    }

    /** Sets the status of a form shown again with a refusal: 404, 403, 400 or 409. */
    static void refused(HttpServletResponse response, MeetingException e) {
        response.setStatus(e.status());
    }
}
