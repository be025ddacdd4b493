package fr.nouage.audit.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditSubject;
import fr.nouage.audit.internal.AuditRepository.NewEntry;
import fr.nouage.deliberation.ItemDecided;
import fr.nouage.meeting.AgendaFrozen;
import fr.nouage.meeting.AgendaItemProposed;
import fr.nouage.meeting.MeetingHeld;
import fr.nouage.meeting.MinutesEdited;
import fr.nouage.meeting.MinutesPublished;

/**
 * Logs the changes to the agendas and records of meetings: items proposed, agendas frozen, minutes
 * edited, meetings held, minutes published and decisions taken. Each event stays in the event publication registry until logged.
 */
@Component
class MeetingTrail {

    private final AuditRepository log;
    private final AuditTexts texts;

    MeetingTrail(AuditRepository log, AuditTexts texts) {
        this.log = log;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(MinutesEdited e) {
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.MINUTES_EDITED, AuditSubject.AGENDA_ITEM,
                String.valueOf(e.itemId()), texts.item(e.meetingId(), e.itemId())));
    }

    @ApplicationModuleListener
    void on(MeetingHeld e) {
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.MEETING_HELD, AuditSubject.MEETING,
                String.valueOf(e.meetingId()), texts.t("audit.summary.held", texts.meeting(e.meetingId()), e.chairedBy())));
    }

    @ApplicationModuleListener
    void on(MinutesPublished e) {
        log.append(new NewEntry(e.at(), e.by(), e.territorySiren(), AuditKind.MINUTES_PUBLISHED, AuditSubject.MEETING,
                String.valueOf(e.meetingId()), texts.meeting(e.meetingId())));
    }

    @ApplicationModuleListener
    void on(AgendaItemProposed e) {
        log.append(new NewEntry(e.at() == null ? java.time.Instant.now() : e.at(), e.by(), e.territorySiren(),
                AuditKind.AGENDA_ITEM_PROPOSED, AuditSubject.AGENDA_ITEM, String.valueOf(e.itemId()),
                texts.t("audit.summary.itemProposed", texts.meeting(e.meetingId()), e.title() == null ? "" : e.title())));
    }

    @ApplicationModuleListener
    void on(AgendaFrozen e) {
        log.append(new NewEntry(e.at() == null ? java.time.Instant.now() : e.at(), null, e.territorySiren(),
                AuditKind.AGENDA_FROZEN, AuditSubject.MEETING, String.valueOf(e.meetingId()), texts.meeting(e.meetingId())));
    }

    @ApplicationModuleListener
    void on(ItemDecided e) {
        log.append(new NewEntry(e.at() == null ? java.time.Instant.now() : e.at(), e.by(), e.territorySiren(),
                AuditKind.DECISION_TAKEN, AuditSubject.AGENDA_ITEM, String.valueOf(e.itemId()),
                texts.t("audit.summary.decision", texts.item(e.meetingId(), e.itemId()),
                        texts.t(e.outcome().messageKey()))));
    }
}
