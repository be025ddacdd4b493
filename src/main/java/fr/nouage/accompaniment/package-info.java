/**
 * The third party's accompaniment of territories and what they learn together: regional seminars
 * built by the coordinator (programme, invited territories, a short code for participants), the live
 * verbatim wall (success factors, obstacles, echoes of one's practice, questions) with its moderation
 * and votes, delegations, commitments that become actions of the territories' collectives, the
 * restitution document. It reads the territory, account and meeting modules; none reads it but the demo.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accompaniment", allowedDependencies = {"platform",
        "platform :: pdf", "territory", "account", "meeting", "observatory"})
package fr.nouage.accompaniment;
