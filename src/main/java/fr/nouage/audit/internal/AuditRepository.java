package fr.nouage.audit.internal;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.account.Actor;
import fr.nouage.audit.AuditEntry;
import fr.nouage.audit.AuditKind;
import fr.nouage.audit.AuditQuery;
import fr.nouage.audit.AuditSubject;

/**
 * The append-only table of the audit log. It has no method to change or remove an entry, and the
 * database refuses both.
 */
@Repository
public class AuditRepository {

    /** Longest summary kept as data (its column); the names and titles it holds are bounded far below. */
    static final int SUMMARY_DATA_MAX = 4000;

    private final JdbcClient jdbc;
    private final AuditTexts texts;

    AuditRepository(JdbcClient jdbc, AuditTexts texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** An entry to append. */
    record NewEntry(Instant occurredAt, Actor actor, String territorySiren, AuditKind kind, AuditSubject subjectType,
            String subjectId, Summary summary) {
    }

    /**
     * Appends an entry, unless the very same change is logged already (an event delivered twice
     * after a crash is logged once).
     */
    void append(NewEntry e) {
        Actor actor = e.actor() == null ? Actor.SYSTEM : e.actor();
        String summary = e.summary().toJson();
        if (summary.length() > SUMMARY_DATA_MAX) {
            summary = Summary.of("audit.summary.tooLong").toJson();
        }
        Timestamp at = Timestamp.from(e.occurredAt());
        boolean logged = jdbc.sql("""
                select count(*) from audit_entry where kind = ? and subject_type = ? and subject_id = ? and occurred_at = ?""")
                .params(e.kind().name(), e.subjectType().name(), e.subjectId(), at).query(Long.class).single() > 0;
        if (logged) {
            return;
        }
        jdbc.sql("""
                insert into audit_entry (occurred_at, recorded_at, actor_account_id, actor_name, territory_siren, kind,
                    subject_type, subject_id, summary, summary_data)
                values (?, ?, ?, ?, ?, ?, ?, ?, '', ?)""")
                .params(at, Timestamp.from(Instant.now()), actor.accountId(), actor.displayName(), e.territorySiren(),
                        e.kind().name(), e.subjectType().name(), e.subjectId(), summary)
                .update();
    }

    /** Entries matching the query, the most recent first, at most {@code limit} from the query's page on. */
    public List<AuditEntry> find(AuditQuery q, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, occurred_at, actor_account_id, actor_name, territory_siren, kind, subject_type, subject_id,
                    summary, summary_data from audit_entry where 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (q.territorySiren() != null) {
            sql.append(" and territory_siren = ?");
            params.add(q.territorySiren());
        }
        if (q.kind() != null) {
            sql.append(" and kind = ?");
            params.add(q.kind().name());
        }
        if (q.from() != null) {
            sql.append(" and occurred_at >= ?");
            params.add(Timestamp.from(q.from().atStartOfDay(PARIS).toInstant()));
        }
        if (q.to() != null) {
            sql.append(" and occurred_at < ?");
            params.add(Timestamp.from(q.to().plusDays(1).atStartOfDay(PARIS).toInstant()));
        }
        sql.append(" order by occurred_at desc, id desc limit ? offset ?");
        params.add(limit);
        params.add((long) (q.page() - 1) * AuditQuery.PAGE_SIZE);
        Locale locale = LocaleContextHolder.getLocale();
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> entry(rs, locale)).list();
    }

    /**
     * An entry, its summary written in the reader's language; an entry logged before summaries were
     * kept as data shows the French sentence written then.
     */
    private AuditEntry entry(ResultSet rs, Locale locale) throws SQLException {
        String data = rs.getString("summary_data");
        long actor = rs.getLong("actor_account_id");
        Long actorId = rs.wasNull() ? null : actor;
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), actorId,
                rs.getString("actor_name"), rs.getString("territory_siren"), AuditKind.valueOf(rs.getString("kind")),
                AuditSubject.valueOf(rs.getString("subject_type")), rs.getString("subject_id"),
                data == null ? rs.getString("summary") : texts.render(Summary.fromJson(data), locale));
    }
}
