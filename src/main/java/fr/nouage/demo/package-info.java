/**
 * Demonstration data: the four territories accompanied in the seed, with one director account per
 * collectivité, an élu per territory, a facilitator and a coordinator. Only when {@code NOUAGE_DEMO}
 * is on; production never creates these accounts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = {"territory", "account"})
package fr.nouage.demo;
