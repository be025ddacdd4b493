/**
 * The audit log: who changed minutes, decisions, charters, rules and roles, and when, recorded from
 * the events the other modules publish into an append-only table that the coordinator and the admin
 * read. No code updates or deletes an entry, and the database refuses it (a trigger on PostgreSQL
 * and on H2). It reads the other modules; none reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {"platform", "territory", "account", "rules", "meeting", "deliberation", "charter", "project",
        "diagnostic"})
package fr.nouage.audit;
