package fr.nouage.demo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.nouage.charter.CharterAdoptions;
import fr.nouage.charter.Charters;
import fr.nouage.deliberation.Consultations;
import fr.nouage.deliberation.Deliberations;
import fr.nouage.meeting.Meetings;
import fr.nouage.meeting.Sessions;

/** The facades the demo's present is written through, gathered once. */
@Configuration(proxyBeanMethods = false)
class DemoFacades {

    @Bean
    PresentWriter.Facades presentFacades(Meetings meetings, Sessions sessions, Deliberations deliberations,
            Consultations consultations, Charters charters, CharterAdoptions adoptions) {
        return new PresentWriter.Facades(meetings, sessions, deliberations, consultations, charters, adoptions);
    }
}
