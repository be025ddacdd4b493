package fr.nouage.meeting.web;

/** The values of the meeting form, as typed. */
public record MeetingForm(String startsAt, String endsAt, String place, String hostSiren, String facilitatorSiren,
        Long upstreamSessionId, String token, Long bodyId) {
}
