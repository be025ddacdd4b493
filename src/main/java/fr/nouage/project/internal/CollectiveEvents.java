package fr.nouage.project.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import fr.nouage.deliberation.ItemDecided;
import fr.nouage.meeting.MinutesEdited;
import fr.nouage.project.Reviews;

/**
 * Listens to the collective: when the minutes of an item reviewing a project change, or when the
 * decision asked for a project is taken, what the collective said goes back to the project.
 */
@Component
class CollectiveEvents {

    private final Reviews reviews;

    CollectiveEvents(Reviews reviews) {
        this.reviews = reviews;
    }

    @ApplicationModuleListener
    void on(MinutesEdited event) {
        reviews.writeBack(event.itemId(), null);
    }

    @ApplicationModuleListener
    void on(ItemDecided event) {
        reviews.writeBack(event.itemId(), event.outcome().name());
    }
}
