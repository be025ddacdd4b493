package fr.nouage.webhook.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.webhook.Delivery;
import fr.nouage.webhook.Webhook;
import fr.nouage.webhook.WebhookEvent;

/** Webhooks and their deliveries in the database. */
@Repository
public class WebhookRepository {

    private static final String SELECT = "select id, territory_siren, url, events, created_by, created_at from webhook ";
    private static final String DELIVERY = """
            select d.id, d.webhook_id, w.url, d.event_id, d.event_type, d.created_at, d.attempts, d.next_attempt_at,
                   d.delivered_at, d.last_status, d.last_error
            from webhook_delivery d join webhook w on w.id = d.webhook_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    WebhookRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(String territorySiren, String url, String secret, Set<WebhookEvent> events, String createdBy) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into webhook (territory_siren, url, secret, events, created_by, created_at) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(territorySiren, url, secret, events.stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")), createdBy, Timestamp.from(clock.instant()))
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<Webhook> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(WebhookRepository::webhook).optional();
    }

    public List<Webhook> of(String territorySiren) {
        return jdbc.sql(SELECT + "where territory_siren = ? order by id").param(territorySiren)
                .query(WebhookRepository::webhook).list();
    }

    public boolean delete(String territorySiren, long id) {
        return jdbc.sql("delete from webhook where id = ? and territory_siren = ?").params(id, territorySiren)
                .update() == 1;
    }

    /** A webhook of the territory listening to that event, with its secret. */
    record Target(long id, String url, String secret) {
    }

    List<Target> listening(String territorySiren, WebhookEvent event) {
        return jdbc.sql("select id, url, secret, events from webhook where territory_siren = ?").param(territorySiren)
                .query((rs, n) -> rs.getString(4).contains(event.name())
                        ? new Target(rs.getLong(1), rs.getString(2), rs.getString(3)) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Queues an event for a webhook once: the same event id again (an event handled twice) adds nothing. */
    void queue(long webhookId, String eventId, WebhookEvent event, String payload, Instant now) {
        jdbc.sql("""
                insert into webhook_delivery (webhook_id, event_id, event_type, payload, created_at, attempts, next_attempt_at)
                select ?, ?, ?, ?, ?, 0, ? where not exists
                  (select 1 from webhook_delivery where webhook_id = ? and event_id = ?)""")
                .params(webhookId, eventId, event.name(), payload, Timestamp.from(now), Timestamp.from(now), webhookId,
                        eventId)
                .update();
    }

    /** A delivery due, with what to send. */
    record Due(long id, String url, String secret, String eventId, WebhookEvent event, String payload, int attempts) {
    }

    List<Due> due(Instant now, int maxAttempts, int limit) {
        return jdbc.sql("""
                select d.id, w.url, w.secret, d.event_id, d.event_type, d.payload, d.attempts
                from webhook_delivery d join webhook w on w.id = d.webhook_id
                where d.delivered_at is null and d.attempts < ? and d.next_attempt_at <= ?
                  and (d.claimed_until is null or d.claimed_until < ?)
                order by d.next_attempt_at, d.id limit ?""")
                .params(maxAttempts, Timestamp.from(now), Timestamp.from(now), limit)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        WebhookEvent.valueOf(rs.getString(5)), rs.getString(6), rs.getInt(7)))
                .list();
    }

    /** Takes a due delivery for this instance until {@code until}; false when another took it. */
    boolean claim(long id, Instant now, Instant until) {
        return jdbc.sql("update webhook_delivery set claimed_until = ? where id = ? and delivered_at is null "
                + "and (claimed_until is null or claimed_until < ?)")
                .params(Timestamp.from(until), id, Timestamp.from(now)).update() == 1;
    }

    void delivered(long id, int status, Instant now) {
        jdbc.sql("update webhook_delivery set delivered_at = ?, last_status = ?, last_error = null, "
                + "attempts = attempts + 1, claimed_until = null where id = ?")
                .params(Timestamp.from(now), status, id).update();
    }

    void failed(long id, Integer status, String error, Instant next) {
        jdbc.sql("update webhook_delivery set last_status = ?, last_error = ?, attempts = attempts + 1, "
                + "next_attempt_at = ?, claimed_until = null where id = ?")
                .params(status, error == null ? null : error.substring(0, Math.min(500, error.length())),
                        Timestamp.from(next), id).update();
    }

    public List<Delivery> deliveries(String territorySiren, int limit) {
        return jdbc.sql(DELIVERY + "where w.territory_siren = ? order by d.created_at desc, d.id desc limit ?")
                .params(territorySiren, limit).query(WebhookRepository::delivery).list();
    }

    private static Webhook webhook(ResultSet rs, int row) throws SQLException {
        Set<WebhookEvent> events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(rs.getString("events").split(",")).filter(s -> !s.isBlank())
                .forEach(s -> events.add(WebhookEvent.valueOf(s)));
        return new Webhook(rs.getLong("id"), rs.getString("territory_siren"), rs.getString("url"), events,
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    private static Delivery delivery(ResultSet rs, int row) throws SQLException {
        Timestamp delivered = rs.getTimestamp(9);
        return new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                WebhookEvent.valueOf(rs.getString(5)), rs.getTimestamp(6).toInstant(), rs.getInt(7),
                rs.getTimestamp(8).toInstant(), delivered == null ? null : delivered.toInstant(),
                (Integer) rs.getObject(10), rs.getString(11));
    }
}
