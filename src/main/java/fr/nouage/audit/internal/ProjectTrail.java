package fr.nouage.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditSubject;
import fr.nouage.audit.internal.AuditRepository.NewEntry;
import fr.nouage.project.AgreementAdded;
import fr.nouage.project.ProjectChanged;
import fr.nouage.project.ProjectCreated;

/** Logs the life of the portfolio: projects created and changed, conventions added, approved and signed. */
@Component
class ProjectTrail {

    private final AuditRepository log;
    private final AuditTexts texts;

    ProjectTrail(AuditRepository log, AuditTexts texts) {
        this.log = log;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(ProjectCreated e) {
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.PROJECT_CREATED, AuditSubject.PROJECT,
                String.valueOf(e.projectId()), texts.t("audit.summary.projectCreated", e.title(),
                        texts.t(e.pilotage().messageKey()))));
    }

    @ApplicationModuleListener
    void on(ProjectChanged e) {
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.PROJECT_CHANGED, AuditSubject.PROJECT,
                String.valueOf(e.projectId()), texts.t("audit.summary.projectChanged", e.title(), texts.t(e.change()))));
    }

    @ApplicationModuleListener
    void on(AgreementAdded e) {
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.AGREEMENT_CHANGED, AuditSubject.AGREEMENT,
                String.valueOf(e.agreementId()), texts.t("audit.summary.agreement", e.title(), texts.t(e.change()))));
    }
}
