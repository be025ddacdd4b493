package fr.nouage.audit;

import java.util.List;

/** One page of the audit log, and whether older entries follow. */
public record AuditPage(AuditQuery query, List<AuditEntry> entries, boolean hasOlder) {

    public boolean hasNewer() {
        return query.page() > 1;
    }
}
