/**
 * Notifications: the convocation e-mailed to every member when an agenda freezes (with the agenda,
 * the documents, an {@code .ics} invitation and a one-click acknowledgement), in-app notifications,
 * and e-mails sent at once or gathered in daily or weekly digests as each user prefers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification", allowedDependencies = {"platform", "territory", "account", "meeting", "deliberation"})
package fr.nouage.notification;
