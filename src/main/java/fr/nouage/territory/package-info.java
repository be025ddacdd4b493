/**
 * Territories: the EPCI and member communes (collectivités) of each collective, their experience
 * card, and the import of the official geography from which they are created.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Territory", allowedDependencies = {"platform", "archive"})
package fr.nouage.territory;
