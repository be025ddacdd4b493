package fr.nouage.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;
import fr.nouage.account.NouageUser;
import fr.nouage.meeting.AgendaDocuments;
import fr.nouage.meeting.Bodies;
import fr.nouage.meeting.Body;
import fr.nouage.meeting.BodyKind;
import fr.nouage.network.internal.NetworkRepository;
import fr.nouage.platform.DateRange;
import fr.nouage.platform.RefusedOperation.Reason;

/**
 * Entry point for a territory's networks: creation (a network started now or recognised as existing
 * before the platform), the body through which it meets, and its shared document space.
 */
@Service
public class Networks {

    static final int NAME_MAX = 200;
    static final int TEXT_MAX = 5000;
    static final int URL_MAX = 500;

    private final NetworkRepository networks;
    private final Bodies bodies;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Networks(NetworkRepository networks, Bodies bodies, ApplicationEventPublisher events, Clock clock) {
        this.networks = networks;
        this.bodies = bodies;
        this.events = events;
        this.clock = clock;
    }

    /** What is typed to create a network; only the name and the kind are required. */
    public record NewNetwork(String name, NetworkKind kind, String purpose, String facilitator, boolean preExisting,
            LocalDate startedOn, String channelUrl) {

        public static NewNetwork of(String name, NetworkKind kind) {
            return new NewNetwork(name, kind, null, null, false, null, null);
        }
    }

    /**
     * Adds a network to the territory, with its body (a body of the meeting module, which meets like
     * the collective: agenda, convocation, minutes).
     *
     * @throws NetworkException FORBIDDEN for a user who is no director of the territory nor its
     *                          facilitator; INVALID for a missing kind, a blank or too long name, a
     *                          start date outside 2000–2100, a channel that is not a web address;
     *                          CONFLICT for a name the territory already gave a network
     */
    @Transactional
    public Network create(String territorySiren, NewNetwork n, NouageUser user) {
        if (!NetworkAccess.mayCreate(user, territorySiren)) {
            throw new NetworkException(Reason.FORBIDDEN, "network.error.forbidden");
        }
        String name = required(n.name(), NAME_MAX, "network.error.name");
        if (n.kind() == null) {
            throw new NetworkException(Reason.INVALID, "network.error.kind");
        }
        DateRange.require(n.startedOn(), NetworkException::invalid);
        String channel = optional(n.channelUrl(), URL_MAX, "network.error.channel");
        if (channel != null && !channel.matches("https://[^\\s<>\"]+")) {
            throw new NetworkException(Reason.INVALID, "network.error.channel", URL_MAX);
        }
        if (networks.nameTaken(territorySiren, name)) {
            throw new NetworkException(Reason.CONFLICT, "network.error.nameTaken", name);
        }
        long id = networks.insert(new Network(0, territorySiren, name, n.kind(), optional(n.purpose(), TEXT_MAX,
                "network.error.purpose"), optional(n.facilitator(), NAME_MAX, "network.error.facilitator"),
                n.preExisting(), n.startedOn(), channel, null), user.displayName(), clock.instant());
        Body body = bodies.add(territorySiren, BodyKind.NETWORK, name, user);
        networks.setBody(id, body.id());
        changed(territorySiren, id, name, "network.change.created", user);
        return networks.find(id).orElseThrow();
    }

    /** The networks of a territory, by name. */
    public List<Network> ofTerritory(String territorySiren) {
        return networks.ofTerritory(territorySiren);
    }

    public Optional<Network> find(long id) {
        return networks.find(id);
    }

    /** The network; NOT_FOUND when unknown. */
    public Network require(long id) {
        return networks.find(id).orElseThrow(() -> new NetworkException(Reason.NOT_FOUND, "network.error.unknown"));
    }

    /** The network of a territory; NOT_FOUND when unknown or of another territory. */
    public Network require(String territorySiren, long id) {
        return networks.find(id).filter(n -> n.territorySiren().equals(territorySiren))
                .orElseThrow(() -> new NetworkException(Reason.NOT_FOUND, "network.error.unknown"));
    }

    /**
     * Adds a document to the network's shared space, bounded like every document of the platform.
     *
     * @throws NetworkException FORBIDDEN for a user who cannot see the territory's networks
     */
    @Transactional
    public void addDocument(long networkId, String fileName, byte[] content, NouageUser user) {
        Network network = require(networkId);
        if (!user.canRead(network.territorySiren())) {
            throw new NetworkException(Reason.NOT_FOUND, "network.error.unknown");
        }
        AgendaDocuments.CheckedFile file = AgendaDocuments.check(fileName, content);
        networks.addDocument(networkId, file.fileName(), file.contentType(), content, file.sha256(), user.displayName(),
                clock.instant());
        changed(network.territorySiren(), networkId, network.name(), "network.change.document", user);
    }

    public List<NetworkDocument> documents(long networkId) {
        return networks.documents(networkId);
    }

    public Optional<NetworkDocument> document(long networkId, long documentId) {
        return documents(networkId).stream().filter(d -> d.id() == documentId).findFirst();
    }

    public Optional<byte[]> content(long networkId, long documentId) {
        return networks.content(networkId, documentId);
    }

    void changed(String territorySiren, Long networkId, String subject, String change, NouageUser user) {
        events.publishEvent(new NetworkChanged(territorySiren, networkId, subject, change,
                user == null ? Actor.SYSTEM : Actor.of(user), clock.instant()));
    }

    static String required(String text, int max, String key) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw new NetworkException(Reason.INVALID, key, max);
        }
        return text.strip();
    }

    static String optional(String text, int max, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return required(text, max, key);
    }
}
