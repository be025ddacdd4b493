package fr.nouage.audit.web;

import java.util.List;
import java.util.Map;

import fr.nouage.audit.AuditEntry;
import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditPage;

/**
 * What the journal page shows.
 *
 * @param territoryName  the territory of the journal, {@code null} for the admin's journal of every territory
 * @param action         path the filter form is sent to
 * @param log            the page of entries, {@code null} when the filters could not be read
 * @param error          message key of filters that could not be read, {@code null} otherwise
 * @param territoryNames names of the territories by SIREN (the admin's journal shows and filters them)
 */
public record JournalView(String territoryName, String territorySiren, String action, JournalFilter filter,
        AuditPage log, String error, Map<String, String> territoryNames) {

    public List<AuditKind> kinds() {
        return List.of(AuditKind.values());
    }

    public List<AuditEntry> entries() {
        return log == null ? List.of() : log.entries();
    }

    public boolean allTerritories() {
        return territorySiren == null;
    }

    public String territoryOf(AuditEntry entry) {
        return entry.territorySiren() == null ? "" : territoryNames.getOrDefault(entry.territorySiren(),
                entry.territorySiren());
    }
}
