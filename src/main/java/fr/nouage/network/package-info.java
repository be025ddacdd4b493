/**
 * The "nouage": the business, function and project networks of a territory with a referent per
 * collectivité and the coverage they reach, the exchanges between people of two collectivités (Vis ma
 * vie, visits, pairings), and the cooperation graph of the collectivités with its hubs and its
 * isolated members. A network meets through a body of the meeting module; the graph reads projects,
 * conventions and meetings through their facades. None reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network", allowedDependencies = {"platform",
        "territory", "account", "meeting", "project", "archive", "observatory"})
package fr.nouage.network;
