package fr.nouage.load;

import java.time.Duration;

/**
 * The load test's settings, from system properties ({@code -DpeakRps=630} on the Maven command line,
 * passed on to the Gatling JVM). Every duration is in seconds.
 *
 * @param baseUrl            the running instance
 * @param adminEmail         admin account that reads the roster of territories and collectivités
 * @param adminPassword      its password
 * @param password           password of every synthetic account ({@code nouage.synthetic.password})
 * @param seed               seed of the synthetic history ({@code nouage.synthetic.seed}), which the
 *                           convocation links derive from
 * @param peakRps            requests per second at the national peak (1,255 territories × 100 accounts,
 *                           10 % active, one request every 20 s ≈ 630)
 * @param rampSeconds        time to go from nothing to the peak
 * @param holdSeconds        time held at the peak
 * @param beyondSteps        steps above the peak, to find the knee
 * @param beyondStepPercent  each step adds this share of the peak
 * @param stepSeconds        length of each step above the peak
 * @param thinkMinSeconds    shortest pause between two actions of a person
 * @param thinkMaxSeconds    longest pause between two actions of a person
 * @param rosterTerritories  how many territories the directors are taken from (0: all)
 * @param kneeMillis         the p95 that marks the knee
 * @param resultsDir         where the summary files go
 */
record LoadSettings(String baseUrl, String adminEmail, String adminPassword, String password, long seed,
        double peakRps, int rampSeconds, int holdSeconds, int beyondSteps, int beyondStepPercent, int stepSeconds,
        double thinkMinSeconds, double thinkMaxSeconds, int rosterTerritories, int kneeMillis, String resultsDir) {

    static LoadSettings fromSystemProperties() {
        return new LoadSettings(
                text("baseUrl", "http://127.0.0.1:18080"),
                text("adminEmail", "load-admin@nouage.fr"),
                text("adminPassword", "load-admin-password-2026"),
                text("password", "synthetic-nouage-2026"),
                Long.parseLong(text("seed", "20261129")),
                Double.parseDouble(text("peakRps", "630")),
                number("rampSeconds", 120),
                number("holdSeconds", 60),
                number("beyondSteps", 3),
                number("beyondStepPercent", 25),
                number("stepSeconds", 60),
                Double.parseDouble(text("thinkMin", "5")),
                Double.parseDouble(text("thinkMax", "30")),
                number("rosterTerritories", 0),
                number("kneeMillis", 100),
                text("resultsDir", "target/gatling"));
    }

    /** From the first arrival to the end of the last step. */
    Duration total() {
        return Duration.ofSeconds((long) rampSeconds + holdSeconds + (long) beyondSteps * stepSeconds);
    }

    double thinkMeanSeconds() {
        return (thinkMinSeconds + thinkMaxSeconds) / 2;
    }

    private static String text(String name, String otherwise) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static int number(String name, int otherwise) {
        return Integer.parseInt(text(name, String.valueOf(otherwise)));
    }
}
