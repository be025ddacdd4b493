package fr.nouage.deliberation.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.nouage.platform.DateFormats;
import fr.nouage.platform.PageContext;

/** Dates of the deliberation pages, in the user's language and Europe/Paris time. */
public final class Dates {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final Map<Locale, DayAtTexts> DAY_AT = new ConcurrentHashMap<>();
    private static final String DAY_MARK = "\u0000day\u0000";
    private static final String TIME_MARK = "\u0000time\u0000";

    private Dates() {
    }

    /** A day in full, e.g. {@code jeudi 14 janvier 2027}. */
    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : DateFormats.of("EEEE d MMMM yyyy", locale).format(date);
    }

    /** The day of a moment in Paris, in full. */
    public static String day(Instant instant, Locale locale) {
        return instant == null ? "" : day(instant.atZone(PARIS).toLocalDate(), locale);
    }

    /** A short day, e.g. {@code 14/01/2027}. */
    public static String shortDay(Instant instant, Locale locale) {
        return instant == null ? "" : DateFormats.of("dd/MM/yyyy", locale)
                .format(instant);
    }

    /**
     * A day and time in full, e.g. {@code jeudi 14 janvier 2027 à 18:30}: the message
     * {@code dateTime.dayAt} of the page's language made once into one formatter (a table of answers
     * formats one per row).
     */
    public static String dayAt(Instant instant, PageContext page) {
        if (instant == null) {
            return "";
        }
        return DAY_AT.computeIfAbsent(page.locale(), locale -> new DayAtTexts(dayAtFormatter(page))).of(instant);
    }

    /**
     * The texts of the moments of one language, kept by minute (the same answers are shown at each
     * reading of a consultation, and writing a day in full costs more than finding it again).
     */
    private record DayAtTexts(DateTimeFormatter formatter, Cache<Long, String> byMinute) {

        DayAtTexts(DateTimeFormatter formatter) {
            this(formatter, Caffeine.newBuilder().maximumSize(50_000).build());
        }

        String of(Instant instant) {
            return byMinute.get(Math.floorDiv(instant.getEpochSecond(), 60),
                    minute -> formatter.format(Instant.ofEpochSecond(minute * 60)));
        }
    }

    private static DateTimeFormatter dayAtFormatter(PageContext page) {
        String message = page.t("dateTime.dayAt", DAY_MARK, TIME_MARK);
        int day = message.indexOf(DAY_MARK);
        int time = message.indexOf(TIME_MARK);
        if (day < 0 || time < day) {
            throw new IllegalStateException("dateTime.dayAt must give the day before the time: " + message);
        }
        return new DateTimeFormatterBuilder().appendLiteral(message.substring(0, day))
                .appendPattern("EEEE d MMMM yyyy").appendLiteral(message.substring(day + DAY_MARK.length(), time))
                .appendPattern("HH:mm").appendLiteral(message.substring(time + TIME_MARK.length()))
                .toFormatter(page.locale()).withZone(PARIS);
    }

    /** The value of a {@code datetime-local} field for a moment, in Paris time. */
    public static String input(Instant instant) {
        return instant == null ? "" : INPUT.format(LocalDateTime.ofInstant(instant, PARIS));
    }

    /** Parses a {@code datetime-local} value as Paris time; {@code null} when blank or malformed. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(PARIS).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Parses an ISO date; {@code null} when blank or malformed. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
