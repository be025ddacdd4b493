package fr.nouage.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import fr.nouage.meeting.AgendaFrozen;
import fr.nouage.meeting.AgendaItemProposed;
import fr.nouage.meeting.LateDocumentAdded;

/**
 * Listens to the meeting module. Each event is recorded in the event publication registry until
 * handled, so that none is lost on a crash. The handlers hold no transaction of their own: each
 * step commits by itself, so that the rows exist before the e-mails go out and no connection waits
 * on the SMTP server longer than one e-mail.
 */
@Component
class MeetingEvents {

    private final ConvocationMailer convocations;
    private final ActivityNotifier notifier;

    MeetingEvents(ConvocationMailer convocations, ActivityNotifier notifier) {
        this.convocations = convocations;
        this.notifier = notifier;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AgendaFrozen event) {
        convocations.convene(event.meetingId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AgendaItemProposed event) {
        notifier.itemProposed(event);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(LateDocumentAdded event) {
        notifier.lateDocument(event);
    }
}
