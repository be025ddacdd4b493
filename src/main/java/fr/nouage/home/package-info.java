/**
 * The home page after sign-in: what awaits the user in each territory they work in (next meetings
 * and convocations, positions expected, consultations, actions, late documents, opinions forwarded
 * to the élus, what needs the facilitator's attention), each line linking to where it is done. Reads
 * the other modules through their facades only; writes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Home", allowedDependencies = {"platform", "territory",
        "account", "meeting", "deliberation", "notification"})
package fr.nouage.home;
