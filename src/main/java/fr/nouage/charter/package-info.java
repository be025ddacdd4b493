/**
 * The charter as living configuration: versions of the collective's charte de fonctionnement
 * (articles by theme, some carrying active rules), amendments decided through the deliberation
 * module, adoption by each collectivité, entry into force that enacts the rules, exports
 * (Markdown, PDF, ODT) and the élus' pacte de gouvernance timeline. It reads the other modules;
 * none reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charter", allowedDependencies = {"platform", "platform :: pdf", "territory", "account", "rules", "meeting", "deliberation", "archive", "observatory"})
package fr.nouage.charter;
