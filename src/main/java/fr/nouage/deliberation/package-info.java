/**
 * Deliberation among equals: one position per collectivité on an item, decision modes (consent,
 * consensus, majority of collectivités) with quorum, objections answered or withdrawn with their
 * history kept, consultations between meetings, speaking turns, anonymous remarks and the parity
 * figures that show whether every collectivité's voice counts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deliberation", allowedDependencies = {"platform", "territory", "account", "rules", "meeting", "archive", "observatory"})
package fr.nouage.deliberation;
