package fr.nouage.notification.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import fr.nouage.deliberation.ConsultationClosed;
import fr.nouage.deliberation.ConsultationOpened;

/**
 * Listens to the deliberation module: the members of a territory are told when a consultation
 * between meetings opens and when its result can be read. Events wait in the publication registry
 * until handled.
 */
@Component
class DeliberationEvents {

    private final ActivityNotifier notifier;

    DeliberationEvents(ActivityNotifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConsultationOpened event) {
        notifier.consultationOpened(event);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ConsultationClosed event) {
        notifier.consultationClosed(event);
    }
}
