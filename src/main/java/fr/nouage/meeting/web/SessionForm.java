package fr.nouage.meeting.web;

/** The values of the sitting form, as typed. */
public record SessionForm(String body, String inseeCode, String startsAt, boolean urgent,
        boolean requestedByMayors, String place, String token) {
}
