package fr.nouage.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditSubject;
import fr.nouage.audit.internal.AuditRepository.NewEntry;
import fr.nouage.deliberation.ConsultationClosed;
import fr.nouage.deliberation.ConsultationOpened;

/** Logs the consultations between meetings: opened (by whom, until when) and closed (early by someone, or at their date). */
@Component
class ConsultationTrail {

    private final AuditRepository log;
    private final AuditTexts texts;

    ConsultationTrail(AuditRepository log, AuditTexts texts) {
        this.log = log;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(ConsultationOpened e) {
        log.append(new NewEntry(e.at() == null ? java.time.Instant.now() : e.at(), e.by(), e.territorySiren(),
                AuditKind.CONSULTATION_OPENED, AuditSubject.CONSULTATION, String.valueOf(e.consultationId()),
                texts.t("audit.summary.consultationOpened", e.title(), texts.t(e.kind().messageKey()), e.closesAt())));
    }

    @ApplicationModuleListener
    void on(ConsultationClosed e) {
        log.append(new NewEntry(e.closedAt(), e.by(), e.territorySiren(), AuditKind.CONSULTATION_CLOSED,
                AuditSubject.CONSULTATION, String.valueOf(e.consultationId()),
                texts.t("audit.summary.consultation", e.title())));
    }
}
