package fr.nouage.meeting.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import fr.nouage.meeting.Meetings;

/** Freezes the agendas whose lead time has come, every half minute. */
@Component
class AgendaFreezer {

    private static final Logger log = LoggerFactory.getLogger(AgendaFreezer.class);

    private final Meetings meetings;

    AgendaFreezer(Meetings meetings) {
        this.meetings = meetings;
    }

    @Scheduled(fixedDelayString = "${nouage.meeting.freeze-check:PT30S}", initialDelayString = "PT5S")
    void freezeDue() {
        var frozen = meetings.freezeDue();
        if (!frozen.isEmpty()) {
            log.info("Agendas frozen: meetings {}", frozen);
        }
    }
}
