package fr.nouage.platform.cache;

/**
 * The territory the work of the current thread writes for, if it writes for one alone: a request
 * whose path names a territory ({@code /territoires/{siren}/…}, {@code /api/v1/territories/{siren}/…})
 * acts for that territory only, and so does the work it hands over to other threads (events). Its
 * writes then move that territory's {@link WriteGeneration} alone, and the pages kept for other
 * territories stay valid. Any other work (scheduled tasks, accounts, administration, the API without
 * a territory in its path) writes for every territory.
 *
 * <p>Only a path whose territory is written as nine plain digits counts: an encoded or unusual form
 * is treated as writing for every territory, so that no writing request can escape its territory.
 */
public final class WriteScope {

    private static final String[] TERRITORY_PATHS = {"/territoires/", "/api/v1/territories/"};
    private static final int SIREN_LENGTH = 9;
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
        return TERRITORY.get();
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
