package fr.nouage.meeting.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The standard bodies every territory has: the collective of directors, the bureau, the conseil
 * communautaire, the conférence des maires and each commune's conseil municipal. Created the first
 * time they are needed.
 */
@Component
public class BodyCatalog {

    private final BodyRepository bodies;
    private final Territories territories;
    private final MessageSource messages;
    private final Clock clock;

    BodyCatalog(BodyRepository bodies, Territories territories, MessageSource messages, Clock clock) {
        this.bodies = bodies;
        this.territories = territories;
        this.messages = messages;
        this.clock = clock;
    }

    /** The bodies of a territory, standard ones created if missing. */
    public List<Body> of(String territorySiren) {
        List<Body> existing = bodies.ofTerritory(territorySiren);
        long communes = territories.collectivities(territorySiren).stream().filter(c -> !c.isEpci() && c.active()).count();
        if (existing.stream().filter(b -> b.kind().elected() || b.kind() == BodyKind.COLLECTIVE).count() < 4 + communes) {
            ensureStandard(territorySiren);
            existing = bodies.ofTerritory(territorySiren);
        }
        return existing;
    }

    /** The standard body of a kind ({@code collectivitySiren} for a conseil municipal). */
    public Body standard(String territorySiren, BodyKind kind, String collectivitySiren) {
        return bodies.standard(territorySiren, kind, collectivitySiren).orElseGet(() -> {
            ensureStandard(territorySiren);
            return bodies.standard(territorySiren, kind, collectivitySiren).orElseThrow();
        });
    }

    public Body collective(String territorySiren) {
        return standard(territorySiren, BodyKind.COLLECTIVE, null);
    }

    private void ensureStandard(String territorySiren) {
        for (BodyKind kind : List.of(BodyKind.COLLECTIVE, BodyKind.BUREAU, BodyKind.CONSEIL_COMMUNAUTAIRE,
                BodyKind.CONFERENCE_DES_MAIRES)) {
            if (bodies.standard(territorySiren, kind, null).isEmpty()) {
                bodies.insertStandard(territorySiren, kind, name(kind.messageKey()), null, clock.instant());
            }
        }
        for (Collectivity c : territories.collectivities(territorySiren)) {
            if (!c.isEpci() && c.active() && bodies.standard(territorySiren, BodyKind.CONSEIL_MUNICIPAL, c.siren()).isEmpty()) {
                bodies.insertStandard(territorySiren, BodyKind.CONSEIL_MUNICIPAL, name("body.councilOf", c.name()),
                        c.siren(), clock.instant());
            }
        }
    }

    private String name(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRENCH);
    }
}
