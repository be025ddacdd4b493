package fr.nouage.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditSubject;
import fr.nouage.audit.internal.AuditRepository.NewEntry;
import fr.nouage.diagnostic.CommutingFlowsImported;

/** Logs the imports of commuting flows, which replace a vintage of the territory's shared diagnostic. */
@Component
class DiagnosticTrail {

    private final AuditRepository log;
    private final AuditTexts texts;

    DiagnosticTrail(AuditRepository log, AuditTexts texts) {
        this.log = log;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(CommutingFlowsImported e) {
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.COMMUTING_FLOWS_IMPORTED,
                AuditSubject.COMMUTING_FLOWS, String.valueOf(e.vintage()), texts.t("diagnostic.audit.flowsImported",
                        String.valueOf(e.vintage()), texts.t(e.format().messageKey()), e.flows(), e.skipped())));
    }
}
