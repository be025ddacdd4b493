/**
 * The shared diagnostic of a territory: home-to-work commuting flows imported from INSEE's official
 * files and the interdependences they show between the communes (who lives where and works where,
 * the poles and the communes that depend on them). It reads the territory and account modules;
 * none reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Diagnostic", allowedDependencies = {"platform",
        "territory", "account", "archive", "observatory"})
package fr.nouage.diagnostic;
