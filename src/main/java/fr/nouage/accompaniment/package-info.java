/**
 * The third party's accompaniment of territories and what they learn together: regional seminars
 * built by the coordinator (programme, invited territories, a short code for participants), the live
 * verbatim wall (success factors, obstacles, echoes of one's practice, questions) with its moderation
 * and votes. It reads the territory and account modules; none reads it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accompaniment", allowedDependencies = {"platform",
        "territory", "account"})
package fr.nouage.accompaniment;
