package fr.nouage.meeting;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.meeting.internal.ConvocationRepository;

/**
 * Convocations of the members to a meeting whose agenda froze: recorded once per member, sent
 * once whatever the number of instances, acknowledged with a one-click token.
 */
@Service
public class Convocations {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final ConvocationRepository convocations;
    private final Clock clock;

    Convocations(ConvocationRepository convocations, Clock clock) {
        this.convocations = convocations;
        this.clock = clock;
    }

    /** A member to convene. */
    public record Recipient(long accountId, String email) {
    }

    /**
     * Records the convocation of each member who has none yet for this meeting, in a transaction of
     * its own so that the rows exist before any e-mail goes out.
     *
     * @return how many convocations this call added
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int prepare(long meetingId, Collection<Recipient> recipients) {
        int added = 0;
        for (Recipient r : recipients) {
            // the stored hash is replaced when the convocation is sent; until then nobody knows a token for it
            if (convocations.insertIfAbsent(meetingId, r.accountId(), r.email(), hash(newToken()))) {
                added++;
            }
        }
        return added;
    }

    /**
     * Sends one convocation if nobody sent it yet: claims it, gives a fresh acknowledgement token to
     * {@code sender} (which sends the e-mail) and keeps the claim only if the sender returns normally.
     * The claim and the sending share a transaction of their own: a sender that throws leaves the
     * convocation unsent, to be tried again.
     *
     * @return true when this call sent it, false when it was already sent
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean send(long convocationId, Consumer<String> sender) {
        String token = newToken();
        if (!convocations.claimSending(convocationId, hash(token), clock.instant())) {
            return false;
        }
        sender.accept(token);
        return true;
    }

    /** The convocations of a meeting, by e-mail. */
    public List<Convocation> ofMeeting(long meetingId) {
        return convocations.ofMeeting(meetingId);
    }

    /** Convocations still unsent for meetings that have not started yet. */
    public List<Convocation> unsent() {
        return convocations.unsent(clock.instant());
    }

    /** The sent convocation an acknowledgement token belongs to, empty for an unknown token. */
    public Optional<Convocation> byToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return convocations.byTokenHash(hash(token));
    }

    /**
     * Records that the member received the convocation; acknowledging again changes nothing.
     *
     * @return the convocation, empty for an unknown token
     */
    @Transactional
    public Optional<Convocation> acknowledge(String token) {
        Optional<Convocation> convocation = byToken(token);
        if (convocation.isPresent() && convocation.get().acknowledgedAt() == null) {
            convocations.acknowledge(hash(token), clock.instant());
            return byToken(token);
        }
        return convocation;
    }

    /**
     * Records that a signed-in member received their convocation to a meeting (as the link of its
     * e-mail does); acknowledging again changes nothing.
     *
     * @return the convocation, empty when the member was not sent one
     */
    @Transactional
    public Optional<Convocation> acknowledge(long meetingId, long accountId) {
        Optional<Convocation> convocation = convocations.of(meetingId, accountId).filter(c -> c.sentAt() != null);
        if (convocation.isPresent() && convocation.get().acknowledgedAt() == null) {
            convocations.acknowledge(meetingId, accountId, clock.instant());
            return convocations.of(meetingId, accountId);
        }
        return convocation;
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        return AgendaDocuments.sha256(token.getBytes(StandardCharsets.US_ASCII));
    }
}
