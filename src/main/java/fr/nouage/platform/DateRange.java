package fr.nouage.platform;

import static fr.nouage.platform.DateFormats.PARIS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;

/**
 * The dates Nouage accepts wherever a date is entered, on a page, through the API or in an imported
 * file: from 1 January {@value #FIRST_YEAR} to 31 December {@value #LAST_YEAR}, Paris time. A date
 * outside (a typo such as 20266, or {@code +999999999-12-31}) is refused as invalid with one message
 * ({@value #MESSAGE_KEY}) rather than stored, where it would overflow the database's own range or
 * make a meeting both past and future. One rule for every module: each refuses through its own
 * exception, e.g. {@code DateRange.require(startsAt, MeetingException::invalid)}.
 */
public final class DateRange {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** The message of a refused date, with the first and last years as arguments. */
    public static final String MESSAGE_KEY = "date.error.range";

    private static final Instant FIRST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay(PARIS).toInstant();
    private static final Instant AFTER_LAST = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay(PARIS).toInstant();

    private DateRange() {
    }

    /** Makes the refusal of a module, e.g. {@code MeetingException::invalid}. */
    @FunctionalInterface
    public interface Refusal {
        RuntimeException refuse(String messageKey, Object... arguments);
    }

    /**
     * Whether a date (a {@link LocalDate}, {@link LocalDateTime} or {@link Instant}) is in the range;
     * {@code null} is (whether a date is required is another rule).
     */
    public static boolean contains(Temporal date) {
        if (date == null) {
            return true;
        }
        if (date instanceof Instant instant) {
            return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
        }
        int year = date instanceof LocalDateTime dateTime ? dateTime.getYear()
                : date instanceof LocalDate day ? day.getYear() : Integer.MIN_VALUE;
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    /**
     * The date itself when it is in the range.
     *
     * @throws RuntimeException the module's refusal, made with {@link #MESSAGE_KEY} and the years
     */
    public static <T extends Temporal> T require(T date, Refusal refusal) {
        if (!contains(date)) {
            throw refusal.refuse(MESSAGE_KEY, FIRST_YEAR, LAST_YEAR);
        }
        return date;
    }
}
