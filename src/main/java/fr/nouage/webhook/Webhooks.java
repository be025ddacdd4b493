package fr.nouage.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.nouage.account.NouageUser;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.webhook.internal.WebhookRepository;

/** Entry point for a territory's webhooks: register, list, remove, and read the delivery log. */
@Service
public class Webhooks {

    /** Most webhooks a territory keeps. */
    public static final int MAX_PER_TERRITORY = 10;
    public static final int LOG_SIZE = 50;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository repository;
    private final WebhookProperties properties;

    Webhooks(WebhookRepository repository, WebhookProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    /** A webhook just registered, with its secret, shown this once. */
    public record Registered(Webhook webhook, String secret) {
    }

    /**
     * Registers an address for some of the territory's events; a new secret signs its deliveries.
     *
     * @throws WebhookException FORBIDDEN for a user who does not run the territory's meetings; INVALID
     *                          for an address that is not http(s), one of a private network (unless
     *                          allowed), no event chosen, or too many webhooks
     */
    public Registered register(String territorySiren, String url, Set<WebhookEvent> events, NouageUser user) {
        requireOrganiser(user, territorySiren);
        URI target = check(url);
        if (events == null || events.isEmpty()) {
            throw new WebhookException(Reason.INVALID, "webhook.error.events");
        }
        if (repository.of(territorySiren).size() >= MAX_PER_TERRITORY) {
            throw new WebhookException(Reason.INVALID, "webhook.error.tooMany", MAX_PER_TERRITORY);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = repository.insert(territorySiren, target.toString(), secret, events, user.displayName());
        return new Registered(repository.find(id).orElseThrow(), secret);
    }

    /** The territory's webhooks, the oldest first. */
    public List<Webhook> of(String territorySiren, NouageUser user) {
        requireOrganiser(user, territorySiren);
        return repository.of(territorySiren);
    }

    /** Removes a webhook of the territory and its pending deliveries. */
    public void remove(String territorySiren, long webhookId, NouageUser user) {
        requireOrganiser(user, territorySiren);
        if (!repository.delete(territorySiren, webhookId)) {
            throw new WebhookException(Reason.NOT_FOUND, "webhook.error.unknown");
        }
    }

    /** The latest deliveries to the territory's webhooks, the newest first. */
    public List<Delivery> log(String territorySiren, NouageUser user) {
        requireOrganiser(user, territorySiren);
        return repository.deliveries(territorySiren, LOG_SIZE);
    }

    /** Whether the signed-in user manages the territory's webhooks (to show the link only then). */
    public static boolean currentUserMayManage(String territorySiren) {
        return fr.nouage.account.CurrentUser.get().map(u -> MeetingAccess.mayOrganise(u, territorySiren)).orElse(false);
    }

    public int maxAttempts() {
        return properties.maxAttempts();
    }

    private static void requireOrganiser(NouageUser user, String territorySiren) {
        if (!MeetingAccess.mayOrganise(user, territorySiren)) {
            throw new WebhookException(Reason.FORBIDDEN, "webhook.error.forbidden");
        }
    }

    private URI check(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new WebhookException(Reason.INVALID, "webhook.error.url");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null
                || uri.toString().length() > 2000 || uri.getUserInfo() != null) {
            throw new WebhookException(Reason.INVALID, "webhook.error.url");
        }
        if (!properties.allowPrivateTargets() && isPrivate(uri.getHost())) {
            throw new WebhookException(Reason.INVALID, "webhook.error.private");
        }
        return uri;
    }

    /** Whether a host is this machine or on a private network (checked again before each delivery). */
    public static boolean isPrivate(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return true;
        }
    }
}
