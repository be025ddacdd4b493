/**
 * Synthetic history for the load test: fills a database deterministically (fixed
 * seed) with territories, directors and years of plausible activity. Only when
 * {@code nouage.synthetic.profile} is set; writes rows in batches straight into the tables of the
 * other modules, as a seed script would, because history lies in the past where the facades
 * rightly refuse to plan anything.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Synthetic history", allowedDependencies = {"platform", "territory", "account", "meeting"})
package fr.nouage.synthetic;
