package fr.nouage.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.notification.Frequency;
import fr.nouage.notification.Notification;
import fr.nouage.notification.NotificationKind;

/** Notifications, e-mail preferences and digests in the database. */
@Repository
public class NotificationRepository {

    private static final String SELECT = """
            select id, account_id, kind, territory_siren, meeting_id, subject, detail, meeting_starts_at, link,
                   created_at, read_at
            from notification
            """;

    private final JdbcClient jdbc;

    NotificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification to record; {@code dedupKey} names the fact, told once to each user. */
    public record NewNotification(long accountId, NotificationKind kind, String territorySiren, Long meetingId,
            String subject, String detail, Instant meetingStartsAt, String link, String dedupKey, boolean mailWanted) {
    }

    /** Records the notification unless the user already has one for the same fact; its id when added. */
    public Optional<Long> insert(NewNotification n, Instant now) {
        int added = jdbc.sql("""
                insert into notification (account_id, kind, territory_siren, meeting_id, subject, detail,
                    meeting_starts_at, link, dedup_key, created_at, mail_wanted)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(n.accountId(), n.kind().name(), n.territorySiren(), n.meetingId(), cut(n.subject()),
                        cut(n.detail()), n.meetingStartsAt() == null ? null : Timestamp.from(n.meetingStartsAt()),
                        n.link(), n.dedupKey(), Timestamp.from(now), n.mailWanted())
                .update();
        if (added == 0) {
            return Optional.empty();
        }
        return jdbc.sql("select id from notification where account_id = ? and dedup_key = ?")
                .params(n.accountId(), n.dedupKey()).query(Long.class).optional();
    }

    /** The account's unread notifications. */
    public int unread(long accountId) {
        return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
                .param(accountId).query(Integer.class).single();
    }

    public List<Notification> latest(long accountId, int limit) {
        return jdbc.sql(SELECT + "where account_id = ? order by created_at desc, id desc limit ?")
                .params(accountId, limit).query(NotificationRepository::notification).list();
    }

    public Optional<Notification> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(NotificationRepository::notification).optional();
    }

    public void markRead(long id, long accountId, Instant now) {
        jdbc.sql("update notification set read_at = ? where id = ? and account_id = ? and read_at is null")
                .params(Timestamp.from(now), id, accountId).update();
    }

    public int markAllRead(long accountId, Instant now) {
        return jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
                .params(Timestamp.from(now), accountId).update();
    }

    public Optional<Frequency> frequency(long accountId) {
        return jdbc.sql("select frequency from notification_preference where account_id = ?").param(accountId)
                .query((rs, n) -> Frequency.valueOf(rs.getString(1))).optional();
    }

    /** Preferences of several accounts in one query; accounts without one are absent. */
    public Map<Long, Frequency> frequencies(Collection<Long> accountIds) {
        Map<Long, Frequency> result = new HashMap<>();
        if (accountIds.isEmpty()) {
            return result;
        }
        jdbc.sql("select account_id, frequency from notification_preference where account_id in (:ids)")
                .param("ids", accountIds)
                .query(rs -> {
                    result.put(rs.getLong(1), Frequency.valueOf(rs.getString(2)));
                });
        return result;
    }

    public void saveFrequency(long accountId, Frequency frequency, Instant now) {
        String update = "update notification_preference set frequency = ?, updated_at = ? where account_id = ?";
        if (jdbc.sql(update).params(frequency.name(), Timestamp.from(now), accountId).update() == 0
                && jdbc.sql("insert into notification_preference (account_id, frequency, updated_at) values (?, ?, ?) on conflict do nothing")
                        .params(accountId, frequency.name(), Timestamp.from(now)).update() == 0) {
            jdbc.sql(update).params(frequency.name(), Timestamp.from(now), accountId).update();
        }
    }

    /** Marks a notification e-mailed; true only for the one caller (of any instance) that claimed it. */
    public boolean claimMail(long id, Instant now) {
        return jdbc.sql("update notification set mailed_at = ? where id = ? and mailed_at is null and mail_wanted = true")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** Notifications created before {@code before}, still to e-mail, of users who want them at once. */
    public List<Long> pendingImmediate(Instant before) {
        return jdbc.sql("""
                select n.id from notification n left join notification_preference p on p.account_id = n.account_id
                where n.mailed_at is null and n.mail_wanted = true and n.created_at < ?
                and coalesce(p.frequency, 'IMMEDIATE') = 'IMMEDIATE' order by n.id""")
                .param(Timestamp.from(before)).query(Long.class).list();
    }

    /** Users with that preference who have notifications created before {@code cutoff} to e-mail. */
    public List<Long> awaitingDigest(Frequency frequency, Instant cutoff) {
        return jdbc.sql("""
                select distinct n.account_id from notification n join notification_preference p on p.account_id = n.account_id
                where p.frequency = ? and n.mailed_at is null and n.mail_wanted = true and n.created_at < ?""")
                .params(frequency.name(), Timestamp.from(cutoff)).query(Long.class).list();
    }

    /** Notifications of a user still to e-mail, created before {@code cutoff}, oldest first. */
    public List<Notification> unmailed(long accountId, Instant cutoff) {
        return jdbc.sql(SELECT + "where account_id = ? and mailed_at is null and mail_wanted = true and created_at < ? order by created_at, id")
                .params(accountId, Timestamp.from(cutoff)).query(NotificationRepository::notification).list();
    }

    public void markMailed(Collection<Long> ids, Instant now) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notification set mailed_at = :now where id in (:ids) and mailed_at is null")
                    .param("now", Timestamp.from(now)).param("ids", ids).update();
        }
    }

    /** Opens the digest of a user for a period, unless it exists. */
    public void openDigest(long accountId, String period, Frequency frequency, Instant now) {
        jdbc.sql("insert into notification_digest (account_id, period, frequency, created_at) values (?, ?, ?, ?) on conflict do nothing")
                .params(accountId, period, frequency.name(), Timestamp.from(now)).update();
    }

    /** Marks the digest of a period sent; true only for the one caller (of any instance) that claimed it. */
    public boolean claimDigest(long accountId, String period, Instant now) {
        return jdbc.sql("update notification_digest set sent_at = ? where account_id = ? and period = ? and sent_at is null")
                .params(Timestamp.from(now), accountId, period).update() == 1;
    }

    private static String cut(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }

    static Notification notification(ResultSet rs, int row) throws SQLException {
        long meeting = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        Timestamp starts = rs.getTimestamp("meeting_starts_at");
        Timestamp read = rs.getTimestamp("read_at");
        return new Notification(rs.getLong("id"), rs.getLong("account_id"), NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("territory_siren"), meetingId, rs.getString("subject"), rs.getString("detail"),
                starts == null ? null : starts.toInstant(), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
