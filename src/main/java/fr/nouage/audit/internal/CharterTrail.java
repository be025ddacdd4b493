package fr.nouage.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditSubject;
import fr.nouage.audit.internal.AuditRepository.NewEntry;
import fr.nouage.charter.CharterAdopted;
import fr.nouage.charter.CharterDraftEdited;
import fr.nouage.charter.CharterInForce;
import fr.nouage.charter.CharterProposed;
import fr.nouage.charter.CharterVersionCreated;
import fr.nouage.rules.RulesEnacted;

/**
 * Logs the life of the charter (versions created, drafts edited, proposed, adopted by each
 * collectivité, in force) and the rules it enacts.
 */
@Component
class CharterTrail {

    private final AuditRepository log;
    private final AuditTexts texts;

    CharterTrail(AuditRepository log, AuditTexts texts) {
        this.log = log;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(CharterVersionCreated e) {
        log.append(version(e.at(), e.by(), e.territorySiren(), AuditKind.CHARTER_VERSION_CREATED, e.number(),
                texts.t("audit.summary.version", e.number())));
    }

    @ApplicationModuleListener
    void on(CharterDraftEdited e) {
        log.append(version(e.at(), e.by(), e.territorySiren(), AuditKind.CHARTER_DRAFT_EDITED, e.number(),
                e.articleTitle() == null ? texts.t("audit.summary.draftImported", e.number())
                        : texts.t("audit.summary.article", e.number(), e.articleTitle())));
    }

    @ApplicationModuleListener
    void on(CharterProposed e) {
        log.append(version(e.at(), e.by(), e.territorySiren(), AuditKind.CHARTER_PROPOSED, e.number(),
                texts.t("audit.summary.version", e.number())));
    }

    @ApplicationModuleListener
    void on(CharterAdopted e) {
        log.append(version(e.at(), e.by(), e.territorySiren(), AuditKind.CHARTER_ADOPTED, e.number(),
                texts.t("audit.summary.adopted", e.number(), texts.collectivity(e.collectivitySiren()))));
    }

    @ApplicationModuleListener
    void on(CharterInForce e) {
        log.append(version(e.at(), e.by(), e.territorySiren(), AuditKind.CHARTER_IN_FORCE, e.number(),
                e.supersededNumber() == null ? texts.t("audit.summary.version", e.number())
                        : texts.t("audit.summary.supersedes", e.number(), e.supersededNumber())));
    }

    @ApplicationModuleListener
    void on(RulesEnacted e) {
        String from = e.effectiveFrom().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.RULES_ENACTED, AuditSubject.RULES,
                e.effectiveFrom().toString(), e.charterVersion() == null ? texts.t("audit.summary.rulesDefault", from)
                        : texts.t("audit.summary.rules", e.charterVersion(), from)));
    }

    private static NewEntry version(java.time.Instant at, fr.nouage.account.Actor by, String territory, AuditKind kind,
            int number, String summary) {
        return new NewEntry(at, by, territory, kind, AuditSubject.CHARTER_VERSION, String.valueOf(number), summary);
    }
}
