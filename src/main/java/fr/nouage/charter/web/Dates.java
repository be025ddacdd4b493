package fr.nouage.charter.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates of the charter pages in the French way. */
public final class Dates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    /** e.g. {@code 14/01/2027}; empty for no date. */
    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** The ISO form an {@code <input type="date">} expects; empty for no date. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
