package fr.nouage.deliberation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.nouage.deliberation.Consultations;

/** Closes the consultations whose date has come, every minute; each closes once across instances. */
@Component
class ConsultationCloser {

    private static final Logger log = LoggerFactory.getLogger(ConsultationCloser.class);

    private final Consultations consultations;

    ConsultationCloser(Consultations consultations) {
        this.consultations = consultations;
    }

    @Scheduled(fixedDelayString = "${nouage.deliberation.close-check:PT1M}", initialDelayString = "PT10S")
    void closeDue() {
        var closed = consultations.closeDue();
        if (!closed.isEmpty()) {
            log.info("Consultations closed: {}", closed);
        }
    }
}
