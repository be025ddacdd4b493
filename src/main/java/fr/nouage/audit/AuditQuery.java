package fr.nouage.audit;

import java.time.LocalDate;

/**
 * Which entries of the audit log to read, the most recent first, {@link #PAGE_SIZE} at a time.
 *
 * @param territorySiren one territory, or {@code null} for every entry (admin only)
 * @param kind           one kind of change, or {@code null} for all
 * @param from           first day (Europe/Paris), inclusive, or {@code null}
 * @param to             last day (Europe/Paris), inclusive, or {@code null}
 * @param page           the page, from 1
 */
public record AuditQuery(String territorySiren, AuditKind kind, LocalDate from, LocalDate to, int page) {

    /** Entries on one page. */
    public static final int PAGE_SIZE = 50;

    public AuditQuery {
        page = Math.max(1, page);
    }

    /** Whether the range of days is empty (its end before its start). */
    public boolean invalidRange() {
        return from != null && to != null && to.isBefore(from);
    }
}
