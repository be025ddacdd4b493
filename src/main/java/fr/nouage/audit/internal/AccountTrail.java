package fr.nouage.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.account.AccountAccessChanged;
import fr.nouage.account.RoleAssignment;
import fr.nouage.account.RoleGranted;
import fr.nouage.account.RoleRevoked;
import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditSubject;
import fr.nouage.audit.internal.AuditRepository.NewEntry;

/**
 * Logs the changes to accounts: roles granted and revoked (in the log of the territory they scope),
 * accounts disabled or enabled and passwords changed (outside any territory).
 */
@Component
class AccountTrail {

    private final AuditRepository log;
    private final AuditTexts texts;

    AccountTrail(AuditRepository log, AuditTexts texts) {
        this.log = log;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(RoleGranted e) {
        log.append(new NewEntry(e.at(), e.by(), e.role().territorySiren(), AuditKind.ROLE_GRANTED, AuditSubject.ACCOUNT,
                String.valueOf(e.accountId()), role(e.accountName(), e.role())));
    }

    @ApplicationModuleListener
    void on(RoleRevoked e) {
        log.append(new NewEntry(e.at(), e.by(), e.role().territorySiren(), AuditKind.ROLE_REVOKED, AuditSubject.ACCOUNT,
                String.valueOf(e.accountId()), role(e.accountName(), e.role())));
    }

    @ApplicationModuleListener
    void on(AccountAccessChanged e) {
        AuditKind kind = switch (e.change()) {
            case DISABLED -> AuditKind.ACCOUNT_DISABLED;
            case ENABLED -> AuditKind.ACCOUNT_ENABLED;
            case PASSWORD_CHANGED -> AuditKind.PASSWORD_CHANGED;
        };
        log.append(new NewEntry(e.at(), e.by(), null, kind, AuditSubject.ACCOUNT, String.valueOf(e.accountId()),
                texts.t("audit.summary.account", e.accountName())));
    }

    private Summary role(String accountName, RoleAssignment role) {
        Summary label = texts.t(role.role().messageKey());
        if (role.territorySiren() == null) {
            return texts.t("audit.summary.roleGlobal", accountName, label);
        }
        if (role.collectivitySiren() == null) {
            return texts.t("audit.summary.role", accountName, label, texts.territory(role.territorySiren()));
        }
        return texts.t("audit.summary.roleFor", accountName, label, texts.territory(role.territorySiren()),
                texts.collectivity(role.collectivitySiren()));
    }
}
