package fr.nouage.audit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.audit.internal.AuditRepository;

/**
 * Reading the audit log. Entries are written only by this module's listeners, from the events the
 * other modules publish; nothing updates or deletes them.
 */
@Service
public class AuditLog {

    private final AuditRepository repository;

    AuditLog(AuditRepository repository) {
        this.repository = repository;
    }

    /**
     * A page of entries, the most recent first.
     *
     * @throws AccessDeniedException for a user who may not read the log of that territory (or, for a
     *                               query over every territory, who is not the admin)
     */
    @Transactional(readOnly = true)
    public AuditPage read(AuditQuery query, NouageUser user) {
        boolean allowed = query.territorySiren() == null ? AuditAccess.mayReadAll(user)
                : AuditAccess.mayRead(user, query.territorySiren());
        if (!allowed) {
            throw new AccessDeniedException("audit log");
        }
        if (query.invalidRange()) {
            return new AuditPage(query, java.util.List.of(), false);
        }
        var found = repository.find(query, AuditQuery.PAGE_SIZE + 1);
        boolean older = found.size() > AuditQuery.PAGE_SIZE;
        return new AuditPage(query, older ? found.subList(0, AuditQuery.PAGE_SIZE) : found, older);
    }
}
