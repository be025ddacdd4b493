/**
 * Demonstration data: the four territories accompanied in the seed, with one director account per
 * collectivité, an élu, a referent, a facilitator and a coordinator, and (unless
 * {@code nouage.demo.history} is off) two years of fictitious history written once on the first
 * start: the past as rows (where the facades rightly refuse to plan), the present through the
 * facades. Only when {@code NOUAGE_DEMO} is on; production never creates these accounts or events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = {"platform", "territory",
        "account", "meeting", "deliberation", "charter", "rules", "project", "accompaniment", "network",
        "observatory"})
package fr.nouage.demo;
