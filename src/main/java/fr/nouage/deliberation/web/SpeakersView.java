package fr.nouage.deliberation.web;

import java.util.Map;

import fr.nouage.deliberation.SpeakersList;
import fr.nouage.deliberation.SpeakingTurn;

/**
 * The list of speakers of an item, as one user sees it.
 *
 * @param mayAsk      whether the user may ask to speak (members of the collective)
 * @param facilitates whether the user gives the floor and orders the list
 * @param notice      message key of a confirmation, {@code null} for none
 */
public record SpeakersView(String siren, long meetingId, long itemId, SpeakersList list, Map<String, String> names,
        boolean mayAsk, boolean facilitates, long accountId, String notice, FormError error) {

    /** The path of the list, to which its forms post. */
    public String path() {
        return "/territoires/" + siren + "/reunions/" + meetingId + "/deliberation/" + itemId + "/orateurs";
    }

    public String name(String collectivitySiren) {
        return collectivitySiren == null ? "" : names.getOrDefault(collectivitySiren, collectivitySiren);
    }

    /** Whether the turn is the user's own. */
    public boolean own(SpeakingTurn turn) {
        return turn.speakerAccount() != null && turn.speakerAccount() == accountId;
    }

    /** Whether the user already waits to speak. */
    public boolean waitingSelf() {
        return list.waiting().stream().anyMatch(this::own);
    }
}
