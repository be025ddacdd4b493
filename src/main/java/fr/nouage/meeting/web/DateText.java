package fr.nouage.meeting.web;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import fr.nouage.platform.DateFormats;

/** Dates and times of the meeting pages, written in the user's language and Europe/Paris time. */
public final class DateText {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private DateText() {
    }

    /** A day in full, e.g. {@code jeudi 14 janvier 2027}. */
    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : DateFormats.of("EEEE d MMMM yyyy", locale).format(date);
    }

    /** The day of a moment in Paris, in full. */
    public static String day(Instant instant, Locale locale) {
        return instant == null ? "" : day(instant.atZone(PARIS).toLocalDate(), locale);
    }

    /** The time of a moment in Paris, e.g. {@code 18:30}. */
    public static String time(Instant instant, Locale locale) {
        return instant == null ? "" : DateFormats.of("HH:mm", locale).format(instant);
    }

    /** A short day, e.g. {@code 14/01/2027}. */
    public static String shortDay(Instant instant, Locale locale) {
        return instant == null ? "" : DateFormats.of("dd/MM/yyyy", locale).format(instant);
    }

    /** A month and its year, capitalised, e.g. {@code Janvier 2027}. */
    public static String month(YearMonth month, Locale locale) {
        String text = DateFormats.of("LLLL yyyy", locale).format(month);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** The value of a {@code datetime-local} field, e.g. {@code 2027-01-14T18:30}. */
    public static String input(LocalDateTime dateTime) {
        return dateTime == null ? "" : INPUT.format(dateTime);
    }

    /** The value of a {@code datetime-local} field for a moment, in Paris time. */
    public static String input(Instant instant) {
        return instant == null ? "" : input(LocalDateTime.ofInstant(instant, PARIS));
    }

    /** Parses a {@code datetime-local} value (seconds allowed); {@code null} when blank or malformed. */
    static LocalDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
