package fr.nouage.observatory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.account.RoleAssignment;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/**
 * The perception barometer: waves opened by the territory's facilitator (or the coordinator), one
 * anonymous answer per collectivité and wave, replaceable by its author while the wave is open.
 * Neither the account nor the collectivité is stored with an answer: two keyed hashes (of the wave
 * and the collectivité, of the wave and the account) tell only whether an answer exists and whether
 * the one sending again wrote it. Results appear from {@link ObservatoryProperties#barometerMinimum()}
 * respondents.
 */
@Service
public class Barometers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Territories territories;
    private final ObservatoryProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Barometers(JdbcClient jdbc, Territories territories, ObservatoryProperties properties, Clock clock,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** A wave of a territory. */
    public record Wave(long id, String territorySiren, Instant openedAt, String openedBy, Instant closedAt) {
        public boolean open() {
            return closedAt == null;
        }
    }

    /** Respondents needed before results are shown. */
    public int minimum() {
        return properties.barometerMinimum();
    }

    /** Who may open and close waves: the territory's facilitator, the coordinator, the admin. */
    public static boolean mayOpen(NouageUser user, String siren) {
        return user.hasIn(Role.FACILITATOR, siren) || user.has(Role.COORDINATOR) || user.has(Role.ADMIN);
    }

    /** Opens a wave (closing the one still open). */
    @Transactional
    public Wave open(String siren, NouageUser user) {
        if (!mayOpen(user, siren)) {
            throw new ObservatoryException(Reason.FORBIDDEN, "observatory.barometer.error.open");
        }
        Instant now = clock.instant();
        openWave(siren).ifPresent(w -> close(siren, w.id(), user));
        byte[] salt = new byte[24];
        RANDOM.nextBytes(salt);
        jdbc.sql("insert into barometer_wave (territory_siren, opened_at, opened_by, salt) values (?, ?, ?, ?)")
                .params(siren, Timestamp.from(now), user.displayName(), HexFormat.of().formatHex(salt)).update();
        return openWave(siren).orElseThrow();
    }

    /** Closes an open wave of the territory. */
    @Transactional
    public void close(String siren, long waveId, NouageUser user) {
        if (!mayOpen(user, siren)) {
            throw new ObservatoryException(Reason.FORBIDDEN, "observatory.barometer.error.open");
        }
        int closed = jdbc.sql("update barometer_wave set closed_at = ? where id = ? and territory_siren = ? and closed_at is null")
                .params(Timestamp.from(clock.instant()), waveId, siren).update();
        if (closed == 0) {
            throw new ObservatoryException(Reason.NOT_FOUND, "observatory.barometer.error.wave");
        }
        events.publishEvent(new EvidenceChanged(siren));
    }

    public Optional<Wave> openWave(String siren) {
        return waves(siren).stream().filter(Wave::open).findFirst();
    }

    /** The territory's waves, the latest first. */
    public List<Wave> waves(String siren) {
        return jdbc.sql("select id, territory_siren, opened_at, opened_by, closed_at from barometer_wave "
                + "where territory_siren = ? order by opened_at desc, id desc").param(siren)
                .query((rs, n) -> new Wave(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
    }

    /** The collectivité a user answers for in a territory: the one they direct; empty for others. */
    public static Optional<String> answeringFor(NouageUser user, String siren) {
        return user.roles().stream().filter(r -> r.role() == Role.DIRECTOR && siren.equals(r.territorySiren())
                && r.collectivitySiren() != null).map(RoleAssignment::collectivitySiren).findFirst();
    }

    /** Whether the user's collectivité has answered the open wave, and by them. */
    public boolean answered(String siren, NouageUser user) {
        Optional<Wave> wave = openWave(siren);
        Optional<String> collectivity = answeringFor(user, siren);
        if (wave.isEmpty() || collectivity.isEmpty()) {
            return false;
        }
        String salt = salt(wave.get().id());
        return jdbc.sql("select count(*) from barometer_answer where wave_id = ? and collectivity_key = ? and author_key = ?")
                .params(wave.get().id(), key(salt, wave.get().id(), "c:" + collectivity.get()),
                        key(salt, wave.get().id(), "a:" + user.accountId())).query(Integer.class).single() > 0;
    }

    /**
     * Records (or replaces) the answer of the user's collectivité to the open wave.
     *
     * @throws ObservatoryException FORBIDDEN when the user directs no collectivité of the territory,
     *         CONFLICT when no wave is open or another account already answered for the collectivité,
     *         INVALID for a value outside 1–5, no threshold answered or no relation
     */
    @Transactional
    public void answer(String siren, NouageUser user, BarometerAnswer answer) {
        String collectivity = answeringFor(user, siren)
                .orElseThrow(() -> new ObservatoryException(Reason.FORBIDDEN, "observatory.barometer.error.director"));
        check(answer);
        Wave wave = openWave(siren)
                .orElseThrow(() -> new ObservatoryException(Reason.CONFLICT, "observatory.barometer.error.noWave"));
        String salt = salt(wave.id());
        String collectivityKey = key(salt, wave.id(), "c:" + collectivity);
        String authorKey = key(salt, wave.id(), "a:" + user.accountId());
        Optional<String> existing = jdbc.sql("select author_key from barometer_answer where wave_id = ? and collectivity_key = ?")
                .params(wave.id(), collectivityKey).query(String.class).optional();
        if (existing.isPresent() && !existing.get().equals(authorKey)) {
            throw new ObservatoryException(Reason.CONFLICT, "observatory.barometer.error.otherAccount");
        }
        existing.ifPresent(k -> jdbc.sql("delete from barometer_answer where wave_id = ? and collectivity_key = ?")
                .params(wave.id(), collectivityKey).update());
        Collectivity c = territories.collectivity(collectivity).orElseThrow();
        String sizeClass = c.isEpci() ? "EPCI" : c.sizeClass().name();
        jdbc.sql("""
                insert into barometer_answer (wave_id, collectivity_key, author_key, size_class, relation, trust, fear)
                values (?, ?, ?, ?, ?, ?, ?)""").params(wave.id(), collectivityKey, authorKey, sizeClass,
                answer.relation().name(), answer.trust(), answer.fear()).update();
        long id = jdbc.sql("select id from barometer_answer where wave_id = ? and collectivity_key = ?")
                .params(wave.id(), collectivityKey).query(Long.class).single();
        answer.thresholds().forEach((t, score) -> jdbc.sql(
                "insert into barometer_score (answer_id, threshold, score) values (?, ?, ?)").params(id, t.name(), score)
                .update());
    }

    private static void check(BarometerAnswer answer) {
        if (answer.relation() == null) {
            throw new ObservatoryException(Reason.INVALID, "observatory.barometer.error.relation");
        }
        if (answer.thresholds().isEmpty()) {
            throw new ObservatoryException(Reason.INVALID, "observatory.barometer.error.empty");
        }
        boolean outside = answer.thresholds().values().stream().anyMatch(v -> v == null || v < 1 || v > 5)
                || (answer.trust() != null && (answer.trust() < 1 || answer.trust() > 5))
                || (answer.fear() != null && (answer.fear() < 1 || answer.fear() > 5));
        if (outside) {
            throw new ObservatoryException(Reason.INVALID, "observatory.barometer.error.range");
        }
    }

    /** The results of a wave of the territory (empty for an unknown wave). */
    public Optional<BarometerResults> results(String siren, long waveId) {
        return waves(siren).stream().filter(w -> w.id() == waveId).findFirst().map(this::results);
    }

    /** The results of the open wave, or else of the last one; empty when no wave was ever opened. */
    public Optional<BarometerResults> current(String siren) {
        return waves(siren).stream().findFirst().map(this::results);
    }

    /** The results of the latest wave whose results are shown (k ≥ minimum), for the mirror. */
    public Optional<BarometerResults> lastResults(String siren) {
        return waves(siren).stream().map(this::results).filter(BarometerResults::shown).findFirst();
    }

    private BarometerResults results(Wave wave) {
        BarometerTally tally = new BarometerTally(properties.barometerMinimum());
        jdbc.sql("select id, size_class, relation, trust, fear from barometer_answer where wave_id = ?").param(wave.id())
                .query(rs -> {
                    tally.answer(rs.getLong(1), rs.getString(2), Relation.valueOf(rs.getString(3)),
                            (Integer) rs.getObject(4), (Integer) rs.getObject(5));
                });
        jdbc.sql("select s.answer_id, s.threshold, s.score from barometer_score s join barometer_answer a on a.id = s.answer_id "
                + "where a.wave_id = ?").param(wave.id())
                .query(rs -> {
                    tally.score(rs.getLong(1), Threshold.valueOf(rs.getString(2)), rs.getInt(3));
                });
        return tally.results(wave.id(), wave.openedAt(), wave.closedAt());
    }

    private String salt(long waveId) {
        return jdbc.sql("select salt from barometer_wave where id = ?").param(waveId).query(String.class).single();
    }

    private String key(String salt, long waveId, String who) {
        String secret = properties.barometerSecret() == null || properties.barometerSecret().isBlank() ? salt
                : properties.barometerSecret();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((secret + "|" + waveId + "|" + who).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
