package fr.nouage.deliberation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.deliberation.internal.RemarkRepository;
import fr.nouage.meeting.Meeting;
import fr.nouage.meeting.MeetingAccess;
import fr.nouage.meeting.Meetings;

/**
 * The box of anonymous remarks before a meeting: the directors drop remarks about sensitive topics
 * or how the group works; the facilitator reads them, never with a name, once enough people answered.
 *
 * <p>Nothing stored names an author: who answered is kept apart as an HMAC-SHA-256 of the meeting and
 * the account under a server secret (so that each person answers once), remarks have a random id,
 * no timestamp and no order. Nothing here logs the text or the author.
 */
@Service
public class AnonymousRemarks {

    static final int TEXT_MAX = 2_000;
    private static final String SECRET_NAME = "remark-participation";

    private final RemarkRepository remarks;
    private final Meetings meetings;
    private final DeliberationProperties properties;
    private final Clock clock;
    private volatile byte[] secret;

    AnonymousRemarks(RemarkRepository remarks, Meetings meetings, DeliberationProperties properties,
            Clock clock) {
        this.remarks = remarks;
        this.meetings = meetings;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Drops a remark for a meeting, once per person.
     *
     * @throws DeliberationException FORBIDDEN for anyone but a director of the meeting's territory;
     *                               CONFLICT once the meeting started or when the person already
     *                               answered; INVALID for a missing category or text, or a text too long
     */
    @Transactional
    public void drop(long meetingId, RemarkCategory category, String text, NouageUser user) {
        Meeting meeting = meeting(meetingId);
        if (!user.hasIn(Role.DIRECTOR, meeting.territorySiren())) {
            throw new DeliberationException(Reason.FORBIDDEN, "remarks.error.forbidden");
        }
        if (!acceptsAt(meeting)) {
            throw new DeliberationException(Reason.CONFLICT, "remarks.error.closed");
        }
        if (category == null) {
            throw new DeliberationException(Reason.INVALID, "remarks.error.category");
        }
        if (text == null || text.isBlank() || text.strip().length() > TEXT_MAX) {
            throw new DeliberationException(Reason.INVALID, "remarks.error.text");
        }
        if (!remarks.participate(meetingId, participant(meetingId, user))) {
            throw new DeliberationException(Reason.CONFLICT, "remarks.error.already");
        }
        remarks.add(meetingId, category, text.strip());
    }

    /** The box as the user may see it: the remarks only for the facilitator, and only from the threshold on. */
    public RemarkBox box(long meetingId, NouageUser user) {
        Meeting meeting = meeting(meetingId);
        int answered = remarks.participants(meetingId);
        int threshold = properties.remarksVisibleFrom();
        boolean readable = MeetingAccess.mayFacilitate(user, meeting.territorySiren()) && answered >= threshold;
        boolean own = user.hasIn(Role.DIRECTOR, meeting.territorySiren())
                && remarks.participated(meetingId, participant(meetingId, user));
        List<RemarkBox.Remark> shown = readable ? remarks.remarks(meetingId) : List.of();
        return new RemarkBox(meetingId, answered, threshold, shown, readable, own);
    }

    /** Whether the box of the meeting still accepts remarks: until the meeting starts. */
    public boolean acceptsAt(Meeting meeting) {
        return clock.instant().isBefore(meeting.startsAt());
    }

    /** The keyed hash that stands for a person's participation in a meeting's box. */
    String participant(long meetingId, NouageUser user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            byte[] hash = mac.doFinal((meetingId + ":" + user.accountId()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        byte[] s = secret;
        if (s == null) {
            String configured = properties.remarkSecret();
            if (configured == null || configured.isBlank()) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                configured = remarks.secret(SECRET_NAME, Base64.getEncoder().encodeToString(random));
            }
            s = configured.getBytes(StandardCharsets.UTF_8);
            secret = s;
        }
        return s;
    }

    private Meeting meeting(long meetingId) {
        return meetings.find(meetingId)
                .orElseThrow(() -> new DeliberationException(Reason.NOT_FOUND, "meeting.error.unknown"));
    }
}
