package fr.nouage.network;

import java.time.LocalDate;

/**
 * A network of a territory.
 *
 * @param facilitator  who runs it (a name, often not a director)
 * @param preExisting  whether it existed before the platform (a network recognised, not started)
 * @param startedOn    when it started, if known
 * @param channelUrl   the channel its members already use, if any
 * @param bodyId       its body in the meeting module, through which it meets
 */
public record Network(long id, String territorySiren, String name, NetworkKind kind, String purpose,
        String facilitator, boolean preExisting, LocalDate startedOn, String channelUrl, Long bodyId) {
}
