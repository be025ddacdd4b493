package fr.nouage.accompaniment;

import java.time.LocalDate;

/**
 * What a territory's delegation commits to at the end of a seminar: what it will try, by when, which
 * collectivité carries it; followed as an action of the territory's collective.
 *
 * @param actionId  the action of the collective that follows it
 * @param meetingId the meeting of the collective whose agenda took it up
 */
public record Commitment(long id, long seminarId, String territorySiren, String what, LocalDate dueOn, String ownerSiren,
        Long actionId, Long meetingId) {
}
