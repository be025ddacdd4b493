package fr.nouage.observatory;

/**
 * One fact a module reports for a territory on a day: the measure it feeds, its value (compared with
 * {@link Measure#target()}) and the sentence stating it with the page where it can be seen.
 */
public record Evidence(Measure measure, double value, Fact fact) {

    /** Shorthand for modules: {@code Evidence.of(Measure.X, value, link, "key", arg1, arg2)}. */
    public static Evidence of(Measure measure, double value, String link, String factKey, Object... args) {
        return new Evidence(measure, value, Fact.of(link, factKey, args));
    }

    public boolean met() {
        return measure.metBy(value);
    }
}
