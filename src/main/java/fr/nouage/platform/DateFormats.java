package fr.nouage.platform;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Date formatters of the pages, built once per pattern and language (building one parses its
 * pattern, which costs more than formatting a whole table of dates with it).
 */
public final class DateFormats {

    /** The zone of every date a user reads or enters. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    private DateFormats() {
    }

    /** The formatter of a pattern in a language, for moments in Europe/Paris time. */
    public static DateTimeFormatter of(String pattern, Locale locale) {
        return FORMATTERS.computeIfAbsent(pattern + '|' + locale.toLanguageTag(),
                key -> DateTimeFormatter.ofPattern(pattern, locale).withZone(PARIS));
    }
}
