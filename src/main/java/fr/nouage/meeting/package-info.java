/**
 * Meetings of the collective and the decision chain up to the élus: bodies and their sittings,
 * legal convocation delays, meetings planned upstream of the élus' sessions, agendas frozen and
 * sent on time, attendance, minutes, action items, technical opinions forwarded to the élus,
 * calendars and records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meeting", allowedDependencies = {"platform", "platform :: pdf", "territory", "account", "rules", "archive", "observatory"})
package fr.nouage.meeting;
