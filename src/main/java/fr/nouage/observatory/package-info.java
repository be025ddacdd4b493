/**
 * The observatory: where each territory stands on its path of maturation (eleven thresholds measured
 * from evidence, crossed, kept or slipping, with their quarterly history), what its directors perceive
 * (the anonymous perception barometer and its mirror), what to watch (vigilance alerts and their
 * levers) and the coordinator's view across territories. Every feature module brings its evidence by
 * implementing {@link fr.nouage.observatory.EvidenceSource} in its internal package; the observatory
 * depends on no feature module (see docs/observatory.md).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observatory", allowedDependencies = {"platform",
        "territory", "account", "archive"})
package fr.nouage.observatory;
