package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Account;
import fr.nouage.account.AccountAccessChanged;
import fr.nouage.account.Accounts;
import fr.nouage.account.NouageUser;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.meeting.internal.CalendarFeedRepository;
import fr.nouage.meeting.internal.IcsCalendar;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * The calendar of a territory (the collective's meetings and the élus' sessions) as iCalendar, and
 * its private feed URLs for calendar applications: a random token that is the only secret, stored
 * hashed, revocable.
 */
@Service
public class CalendarFeeds {

    static final int PAST_DAYS = 365;
    static final int FUTURE_DAYS = 730;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarFeedRepository feeds;
    private final Accounts accounts;
    private final Meetings meetings;
    private final Sessions sessions;
    private final Territories territories;
    private final MessageSource messages;
    private final Clock clock;
    private final Bodies bodies;

    CalendarFeeds(CalendarFeedRepository feeds, Accounts accounts, Meetings meetings, Sessions sessions,
            Territories territories, MessageSource messages, Clock clock, Bodies bodies) {
        this.bodies = bodies;
        this.feeds = feeds;
        this.accounts = accounts;
        this.meetings = meetings;
        this.sessions = sessions;
        this.territories = territories;
        this.messages = messages;
        this.clock = clock;
    }

    /** A feed just created, with its token: shown once, never stored. */
    public record CreatedFeed(CalendarFeed feed, String token) {
    }

    /**
     * Creates a private feed of the territory's calendar.
     *
     * @throws MeetingException FORBIDDEN for a user who may not manage the territory's feeds
     */
    @Transactional
    public CreatedFeed create(String territorySiren, NouageUser user) {
        requireManager(territorySiren, user);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        feeds.insert(territorySiren, hash(token), user.displayName(), user.accountId(), clock.instant());
        return new CreatedFeed(feeds.byHash(hash(token)).orElseThrow(), token);
    }

    /**
     * Revokes a feed of the territory: its URL stops working at once.
     *
     * @throws MeetingException NOT_FOUND for no active feed of that id in the territory; FORBIDDEN
     *                          for a user who may not manage the territory's feeds
     */
    @Transactional
    public void revoke(String territorySiren, long feedId, NouageUser user) {
        requireManager(territorySiren, user);
        if (!feeds.revoke(territorySiren, feedId, clock.instant())) {
            throw new MeetingException(Reason.NOT_FOUND, "feeds.error.unknown");
        }
    }

    /** The feeds of a territory, newest first, revoked ones included. */
    public List<CalendarFeed> of(String territorySiren, NouageUser user) {
        requireManager(territorySiren, user);
        return feeds.ofTerritory(territorySiren);
    }

    /**
     * The calendar a feed token opens; empty for an unknown or revoked token, and for a feed whose
     * creator's account was disabled or may no longer read the territory (as if revoked).
     */
    @Transactional(readOnly = true)
    public Optional<String> calendarOfToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return feeds.byHash(hash(token)).filter(CalendarFeed::active).filter(this::creatorMayStillRead)
                .map(f -> calendar(f.territorySiren()));
    }

    private boolean creatorMayStillRead(CalendarFeed feed) {
        return feed.createdByAccount() != null && accounts.find(feed.createdByAccount()).filter(Account::enabled)
                .map(a -> new NouageUser(a.id(), a.email(), a.displayName(), a.roles()).canRead(feed.territorySiren()))
                .orElse(false);
    }

    /** Revokes for good the feeds of a disabled account (they already stopped answering). */
    @ApplicationModuleListener
    void on(AccountAccessChanged changed) {
        if (changed.change() == AccountAccessChanged.Change.DISABLED) {
            feeds.revokeCreatedBy(changed.accountId(), clock.instant());
        }
    }

    /**
     * The territory's calendar for a signed-in user.
     *
     * @throws MeetingException FORBIDDEN for a user who may not read the territory
     */
    @Transactional(readOnly = true)
    public String calendar(String territorySiren, NouageUser user) {
        if (!user.canRead(territorySiren)) {
            throw new MeetingException(Reason.FORBIDDEN, "meeting.error.forbidden");
        }
        return calendar(territorySiren);
    }

    /**
     * One meeting of the collective as a calendar of one event, to add to one's own calendar.
     *
     * @throws MeetingException FORBIDDEN for a user who may not read the territory; NOT_FOUND for a
     *                          meeting of another territory
     */
    @Transactional(readOnly = true)
    public String meetingCalendar(String territorySiren, long meetingId, NouageUser user) {
        if (!user.canRead(territorySiren)) {
            throw new MeetingException(Reason.FORBIDDEN, "meeting.error.forbidden");
        }
        Meeting meeting = meetings.find(meetingId).filter(m -> m.territorySiren().equals(territorySiren))
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "meeting.error.unknown"));
        Territory territory = territories.find(territorySiren)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "feeds.error.unknown"));
        return IcsCalendar.write(t("feeds.calendarName", territory.name()),
                List.of(event(territory, meeting, names(territorySiren), otherBodies(territorySiren))), clock.instant());
    }

    private Map<Long, String> otherBodies(String territorySiren) {
        return bodies.of(territorySiren).stream().filter(b -> b.kind() != BodyKind.COLLECTIVE)
                .collect(Collectors.toMap(Body::id, Body::name));
    }

    private Function<String, String> names(String territorySiren) {
        Map<String, String> names = territories.collectivities(territorySiren).stream()
                .collect(Collectors.toMap(Collectivity::siren, Collectivity::name, (a, b) -> a));
        return siren -> siren == null ? null : names.getOrDefault(siren, siren);
    }

    /** A meeting as an event; {@code otherBodies} names the bodies other than the collective, by id. */
    private IcsCalendar.Event event(Territory territory, Meeting m, Function<String, String> name,
            Map<Long, String> otherBodies) {
        String host = name.apply(m.hostSiren());
        String description = t("feeds.event.meeting.description", territory.name(),
                host == null ? t("feeds.event.unknown") : host,
                m.facilitatorSiren() == null ? t("feeds.event.unknown") : name.apply(m.facilitatorSiren()));
        return new IcsCalendar.Event("meeting-" + m.id() + "@nouage", m.startsAt(), m.endsAt(),
                otherBodies.containsKey(m.bodyId()) ? t("feeds.event.bodyMeeting", otherBodies.get(m.bodyId()),
                        territory.name()) : t("feeds.event.meeting", territory.name()),
                m.place() != null ? m.place() : host, description, "CANCELLED".equals(m.status()));
    }

    private String calendar(String territorySiren) {
        Territory territory = territories.find(territorySiren)
                .orElseThrow(() -> new MeetingException(Reason.NOT_FOUND, "feeds.error.unknown"));
        Function<String, String> name = names(territorySiren);
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        LocalDate from = today.minusDays(PAST_DAYS);
        LocalDate to = today.plusDays(FUTURE_DAYS);
        List<IcsCalendar.Event> events = new ArrayList<>();
        Map<Long, String> otherBodies = otherBodies(territorySiren);
        for (Meeting m : meetings.between(territorySiren, from, to)) {
            events.add(event(territory, m, name, otherBodies));
        }
        for (ElectedSession s : sessions.between(territorySiren, from, to)) {
            events.add(new IcsCalendar.Event("session-" + s.id() + "@nouage", s.startsAt(),
                    s.startsAt().plus(Meetings.DEFAULT_LENGTH), s.body().name(), s.place(),
                    t("feeds.event.session.description", s.body().name(), territory.name(),
                            s.convocationDeadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))),
                    false));
        }
        return IcsCalendar.write(t("feeds.calendarName", territory.name()), events, clock.instant());
    }

    private void requireManager(String territorySiren, NouageUser user) {
        if (!MinutesAccess.mayWrite(user, territorySiren)) {
            throw new MeetingException(Reason.FORBIDDEN, "feeds.error.forbidden");
        }
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.FRENCH);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
