/**
 * The rules in force for a territory's collective on a given date (agenda lead time, upstream
 * window, decision mode and quorum, rotation, minutes, reflexive points, seminar). Until the
 * collective adopts a charter that sets them, the defaults of the design apply and are reported as
 * defaults (no charter version). The charter module enacts new rules when a version comes into force.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Rules", allowedDependencies = {"platform", "territory", "account", "archive"})
package fr.nouage.rules;
