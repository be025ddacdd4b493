package fr.nouage.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.charter.AmendmentProposed;
import fr.nouage.charter.GovernancePactRecorded;
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
        java.time.LocalDate from = e.effectiveFrom();
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.RULES_ENACTED, AuditSubject.RULES,
                e.effectiveFrom().toString(), e.charterVersion() == null ? texts.t("audit.summary.rulesDefault", from)
                        : texts.t("audit.summary.rules", e.charterVersion(), from)));
    }

    @ApplicationModuleListener
    void on(GovernancePactRecorded e) {
        AuditKind kind = switch (e.change()) {
            case STARTED -> AuditKind.PACT_STARTED;
            case TIMELINE -> AuditKind.PACT_TIMELINE_RECORDED;
            case OPINION -> AuditKind.PACT_OPINION_RECORDED;
            case TEXT -> AuditKind.PACT_TEXT_ATTACHED;
        };
        Summary summary = e.change() == GovernancePactRecorded.Change.OPINION && e.opinion() != null
                ? texts.t("audit.summary.pactOpinion", e.renewalDate(), texts.collectivity(e.communeSiren()),
                        texts.t(e.opinion().messageKey()))
                : texts.t("audit.summary.pact", e.renewalDate());
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), kind, AuditSubject.PACT, String.valueOf(e.pactId()),
                summary));
    }

    @ApplicationModuleListener
    void on(AmendmentProposed e) {
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.AMENDMENT_PROPOSED, AuditSubject.AMENDMENT,
                String.valueOf(e.amendmentId()), texts.t("audit.summary.amendment", e.articleTitle(),
                        texts.meeting(e.meetingId()))));
    }

    private static NewEntry version(java.time.Instant at, fr.nouage.account.Actor by, String territory, AuditKind kind,
            int number, Summary summary) {
        return new NewEntry(at, by, territory, kind, AuditSubject.CHARTER_VERSION, String.valueOf(number), summary);
    }
}
