package fr.nouage.deliberation;

import java.time.Instant;

import fr.nouage.account.Actor;

/** Published once an item is decided (adopted or not), naming who recorded the decision and when. */
public record ItemDecided(long itemId, long meetingId, String territorySiren, DecisionOutcome outcome, Actor by,
        Instant at) {
}
