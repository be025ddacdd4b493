package fr.nouage.platform.cache;

/**
 * The territory the work of the current thread writes for, if it writes for one alone: a request
 * whose path names a territory ({@code /territoires/{siren}/…}, {@code /api/v1/territories/{siren}/…})
 * acts for that territory only, and so does the work it hands over to other threads (events). Its
 * writes then move that territory's {@link WriteGeneration} alone, and the pages kept for other
 * territories stay valid. An API call naming a meeting or an item ({@code /api/v1/meetings/{id}/…},
 * {@code /api/v1/items/{id}/…}) acts for the territory of that meeting once its access check found
 * it ({@link #actFor}). Any other work (scheduled tasks, accounts, administration) writes for every
 * territory.
 *
 * <p>Only a path whose territory is written as nine plain digits counts: an encoded or unusual form
 * is treated as writing for every territory, so that no writing request can escape its territory.
 */
public final class WriteScope {

    private static final String[] TERRITORY_PATHS = {"/territoires/", "/api/v1/territories/"};
    private static final String[] DECIDED_BY_ACCESS_PATHS = {"/api/v1/meetings/", "/api/v1/items/"};
    private static final int SIREN_LENGTH = 9;
    /** Writes for every territory until an access check finds the one territory the work acts for. */
    private static final String UNDECIDED = "?";
    private static final ThreadLocal<String> TERRITORY = new ThreadLocal<>();

    private WriteScope() {
    }

    /** The territory a request path acts for alone, {@code null} if it is not one territory's. */
    public static String territoryOf(String path) {
        if (path == null) {
            return null;
        }
        for (String prefix : TERRITORY_PATHS) {
            if (path.startsWith(prefix)) {
                int start = prefix.length();
                int end = start + SIREN_LENGTH;
                if (path.length() < end || path.length() > end && path.charAt(end) != '/') {
                    return null;
                }
                for (int i = start; i < end; i++) {
                    if (path.charAt(i) < '0' || path.charAt(i) > '9') {
                        return null;
                    }
                }
                return path.substring(start, end);
            }
        }
        return null;
    }

    /** The territory the current thread writes for alone, {@code null} when it writes for all. */
    public static String current() {
        String territory = TERRITORY.get();
        return UNDECIDED.equals(territory) ? null : territory;
    }

    /** A request for {@code path} starts: it writes for the territory its path names, if any (see above). */
    public static void startRequest(String path) {
        String territory = territoryOf(path);
        if (territory == null && path != null) {
            for (String prefix : DECIDED_BY_ACCESS_PATHS) {
                if (path.startsWith(prefix)) {
                    territory = UNDECIDED;
                }
            }
        }
        enter(territory);
    }

    /**
     * The current request turns out to act for {@code territory}, whose access was just checked: a
     * request whose path names a meeting or an item writes for that territory alone from now on. A
     * request that acts for two territories writes for every territory from then on; other work is
     * left as it is.
     */
    public static void actFor(String territory) {
        String now = TERRITORY.get();
        if (UNDECIDED.equals(now) && territory != null) {
            TERRITORY.set(territory);
        } else if (now != null && !now.equals(territory)) {
            TERRITORY.remove();
        }
    }

    /** The current thread now writes for {@code territory} alone ({@code null}: for all). */
    public static void enter(String territory) {
        if (territory == null) {
            TERRITORY.remove();
        } else {
            TERRITORY.set(territory);
        }
    }

    /** The current thread writes for every territory again. */
    public static void leave() {
        TERRITORY.remove();
    }

    /** Runs {@code task}, on whichever thread, for the territory the current thread writes for. */
    public static Runnable carried(Runnable task) {
        String territory = current();
        if (territory == null) {
            return task;
        }
        return () -> {
            String before = current();
            enter(territory);
            try {
                task.run();
            } finally {
                enter(before);
            }
        };
    }
}
