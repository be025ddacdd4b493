/**
 * Cooperation in action: the collective's portfolio of shared projects. Each project has a pilotage
 * mode (the EPCI, one commune, co-pilotage by several, alternating pilotage with its handovers),
 * lead collectivités, a steering committee (a body of the meeting module, which meets like the
 * collective), the six co-phases with their deliverables and dates, milestones and progress,
 * documents, reviews by the collective and decisions asked of it, conventions between collectivités
 * with financing keys computed to the cent, and a closing co-evaluation. It reads the territory,
 * account, meeting and deliberation modules; none reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Project", allowedDependencies = {"platform",
        "platform :: pdf", "territory", "account", "meeting", "deliberation", "archive", "observatory"})
package fr.nouage.project;
