package fr.nouage.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.nouage.observatory.Relation;
import fr.nouage.observatory.Threshold;

/**
 * The observatory in the living demo, once per territory: the territory's path begins with its first
 * meeting; a closed barometer wave with its answers (each territory perceiving itself differently)
 * and an open wave with none yet; reflexive points in the Achards and in Erdre et Gesvres (every six
 * months), none in Mortagne and Ancenis, whose alert then asks for one.
 */
@Component
@Order(40)
class DemoObservatory implements ApplicationRunner {

    /** How each territory perceives itself, 1 to 5 in the order of {@link Threshold}. */
    private static final Map<String, int[]> PERCEPTIONS = Map.of(
            "248500662", new int[] {4, 2, 5, 2, 3, 2, 2, 3, 3, 2, 2},   // Mortagne: decision process, parity felt low
            "248500530", new int[] {4, 3, 3, 5, 4, 3, 3, 4, 4, 3, 3},   // Achards: parity and rotation
            "244400503", new int[] {4, 3, 3, 3, 3, 5, 4, 3, 3, 4, 4},   // Erdre et Gesvres: formalisation
            "244400552", new int[] {3, 5, 2, 3, 3, 2, 3, 3, 4, 2, 2});  // Ancenis: awareness
    private static final List<String> REFLEXIVE = List.of("248500530", "244400503");
    private static final Relation[] RELATIONS = {Relation.INTERDEPENDENCE, Relation.INDEPENDENCE,
            Relation.INTERDEPENDENCE, Relation.DEPENDENCE, Relation.COUNTER_DEPENDENCE, Relation.INTERDEPENDENCE,
            Relation.INDEPENDENCE};

    private final DemoProperties properties;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    DemoObservatory(DemoProperties properties, JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled() || !properties.history()) {
            return;
        }
        for (String siren : DemoTerritories.SIRENS) {
            Timestamp first = jdbc.sql("select min(starts_at) from meeting where territory_siren = ?").param(siren)
                    .query(Timestamp.class).single();
            boolean written = jdbc.sql("select count(*) from barometer_wave where territory_siren = ?").param(siren)
                    .query(Integer.class).single() > 0;
            if (first == null || written) {
                continue;
            }
            jdbc.sql("update territory set created_at = ? where siren = ? and created_at > ?").params(first, siren, first)
                    .update();
            barometer(siren);
            if (REFLEXIVE.contains(siren)) {
                reflexivePoints(siren);
            }
        }
    }

    private void barometer(String siren) {
        Instant now = clock.instant();
        long closed = wave(siren, now.minus(Duration.ofDays(120)), now.minus(Duration.ofDays(90)));
        List<String> classes = jdbc.sql("""
                select case when kind = 'EPCI' then 'EPCI' when population < 1000 then 'UNDER_1000'
                when population < 3500 then 'FROM_1000_TO_3499' when population < 10000 then 'FROM_3500_TO_9999'
                else 'FROM_10000' end from collectivity where territory_siren = ? and active order by siren""")
                .param(siren).query(String.class).list();
        int[] base = PERCEPTIONS.get(siren);
        int respondents = Math.min(classes.size(), 7);
        for (int n = 0; n < respondents; n++) {
            jdbc.sql("""
                    insert into barometer_answer (wave_id, collectivity_key, author_key, size_class, relation, trust, fear)
                    values (?, ?, ?, ?, ?, ?, ?)""").params(closed, hash(siren + "c" + n), hash(siren + "a" + n),
                    classes.get(n), RELATIONS[n % RELATIONS.length].name(), 3 + n % 2, 2 + n % 3).update();
            long answer = jdbc.sql("select id from barometer_answer where wave_id = ? and collectivity_key = ?")
                    .params(closed, hash(siren + "c" + n)).query(Long.class).single();
            for (Threshold t : Threshold.values()) {
                int jitter = (n + t.ordinal()) % 3 - 1;
                int score = Math.max(1, Math.min(5, base[t.ordinal()] + jitter));
                jdbc.sql("insert into barometer_score (answer_id, threshold, score) values (?, ?, ?)")
                        .params(answer, t.name(), score).update();
            }
        }
        wave(siren, now.minus(Duration.ofDays(3)), null);
    }

    private long wave(String siren, Instant opened, Instant closedAt) {
        jdbc.sql("insert into barometer_wave (territory_siren, opened_at, opened_by, closed_at, salt) values (?, ?, ?, ?, ?)")
                .params(siren, Timestamp.from(opened), null, closedAt == null ? null : Timestamp.from(closedAt),
                        hash(siren + opened)).update();
        return jdbc.sql("select max(id) from barometer_wave where territory_siren = ?").param(siren).query(Long.class)
                .single();
    }

    /** A reflexive point on the held collective meeting nearest each six-month mark of the history. */
    private void reflexivePoints(String siren) {
        List<long[]> held = jdbc.sql("""
                select m.id, m.starts_at from meeting m join body b on b.id = m.body_id
                where m.territory_siren = ? and b.kind = 'COLLECTIVE' and m.status = 'HELD' order by m.starts_at""")
                .param(siren).query((rs, n) -> new long[] {rs.getLong(1), rs.getTimestamp(2).getTime()}).list();
        if (held.isEmpty()) {
            return;
        }
        String title = messages.getMessage("observatory.reflexive.title", null, Locale.FRENCH);
        long step = Duration.ofDays(182).toMillis();
        for (long mark = held.get(0)[1] + step / 2; mark < clock.millis(); mark += step) {
            long target = mark;
            long[] meeting = held.stream().min((a, b) -> Long.compare(Math.abs(a[1] - target), Math.abs(b[1] - target)))
                    .orElseThrow();
            int position = jdbc.sql("select coalesce(max(position), 0) + 1 from agenda_item where meeting_id = ?")
                    .param(meeting[0]).query(Integer.class).single();
            jdbc.sql("""
                    insert into agenda_item (meeting_id, position, title, kind, proposed_at, outcome)
                    values (?, ?, ?, 'REFLEXIVE_POINT', ?, 'NOTED')""").params(meeting[0], position, title,
                    new Timestamp(meeting[1] - Duration.ofDays(10).toMillis())).update();
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
