package fr.nouage.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import fr.nouage.platform.DateRange;
import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditQuery;

/**
 * The filters of the journal as typed (kind of change, first and last day, territory for the admin),
 * turned into a query of the audit log.
 */
public record JournalFilter(String kind, String from, String to, String territory, int page) {

    /** A filter that cannot be read, with the message key that says why. */
    static final class Invalid extends RuntimeException {

        private final String messageKey;

        Invalid(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    static JournalFilter of(String kind, String from, String to, String territory, Integer page) {
        return new JournalFilter(blank(kind), blank(from), blank(to), blank(territory),
                page == null ? 1 : Math.max(1, page));
    }

    /**
     * The query of the audit log these filters ask for, on the given territory ({@code null}: the
     * territory filter, or all).
     *
     * @throws Invalid for an unknown kind, a day that is not a date or a range ending before it starts
     */
    AuditQuery query(String territorySiren) {
        AuditKind k;
        try {
            k = kind == null ? null : AuditKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new Invalid("audit.filter.error.kind");
        }
        AuditQuery query = new AuditQuery(territorySiren != null ? territorySiren : territory, k, day(from), day(to),
                page);
        if (query.invalidRange()) {
            throw new Invalid("audit.filter.error.range");
        }
        return query;
    }

    /** Whether the kind filter selects that kind. */
    public boolean selects(AuditKind k) {
        return k.name().equals(kind);
    }

    /** The query string of another page with the same filters, e.g. {@code ?type=ROLE_GRANTED&page=2}. */
    public String pageLink(int other) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", kind);
        params.put("du", from);
        params.put("au", to);
        params.put("territoire", territory);
        params.put("page", other > 1 ? String.valueOf(other) : null);
        String query = params.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? "?" : "?" + query;
    }

    private static LocalDate day(String value) {
        try {
            LocalDate day = value == null ? null : LocalDate.parse(value);
            if (!DateRange.contains(day)) {
                throw new Invalid(DateRange.MESSAGE_KEY);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new Invalid("audit.filter.error.date");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
