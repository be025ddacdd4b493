package fr.nouage.deliberation.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import fr.nouage.account.NouageUser;
import fr.nouage.deliberation.SpeakingTurns;
import fr.nouage.meeting.MeetingAccess;

/** Builds the list of speakers of an item for a user. */
@Component
class SpeakersViews {

    private final SpeakingTurns turns;

    SpeakersViews(SpeakingTurns turns) {
        this.turns = turns;
    }

    SpeakersView of(String siren, long meetingId, long itemId, Map<String, String> names, NouageUser user,
            String notice, FormError error) {
        return new SpeakersView(siren, meetingId, itemId, turns.list(itemId), names,
                MeetingAccess.mayOrganise(user, siren), turns.facilitates(itemId, user), user.accountId(), notice,
                error);
    }
}
