package fr.nouage.charter.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.charter.Amendment;
import fr.nouage.charter.AmendmentStatus;
import fr.nouage.charter.RuleParameters;

/** Amendments to the articles of a charter. */
@Repository
public class AmendmentRepository {

    private static final String SELECT = """
            select id, territory_siren, base_version_id, article_key, new_title, new_body, new_rule_params, motive, status,
                   meeting_id, agenda_item_id, proposed_by_name, proposed_for_siren, proposed_at, decided_at,
                   result_version_id
            from charter_amendment
            """;

    private final JdbcClient jdbc;

    AmendmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a new amendment holds. */
    public record NewAmendment(String territorySiren, long baseVersionId, String articleKey, String newTitle,
            String newText, RuleParameters newRule, String motive, long proposedByAccount, String proposedBy,
            String proposedForSiren) {
    }

    public long insert(NewAmendment a, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into charter_amendment (territory_siren, base_version_id, article_key, new_title, new_body,
                    new_rule_params, motive, status, proposed_by_account, proposed_by_name, proposed_for_siren, proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?, ?)""")
                .params(a.territorySiren(), a.baseVersionId(), a.articleKey(), a.newTitle(), a.newText(),
                        a.newRule().isEmpty() ? null : a.newRule().format(), a.motive(), a.proposedByAccount(),
                        a.proposedBy(), a.proposedForSiren(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void attachItem(long id, long meetingId, long agendaItemId) {
        jdbc.sql("update charter_amendment set meeting_id = ?, agenda_item_id = ? where id = ?")
                .params(meetingId, agendaItemId, id).update();
    }

    public Optional<Amendment> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(AmendmentRepository::amendment).optional();
    }

    public Optional<Amendment> ofItem(long agendaItemId) {
        return jdbc.sql(SELECT + "where agenda_item_id = ?").param(agendaItemId).query(AmendmentRepository::amendment)
                .optional();
    }

    /** Amendments of a territory, most recent first. */
    public List<Amendment> ofTerritory(String territorySiren) {
        return jdbc.sql(SELECT + "where territory_siren = ? order by id desc").param(territorySiren)
                .query(AmendmentRepository::amendment).list();
    }

    /** Amendments of one article, oldest first. */
    public List<Amendment> ofArticle(String territorySiren, String articleKey) {
        return jdbc.sql(SELECT + "where territory_siren = ? and article_key = ? order by id").params(territorySiren, articleKey)
                .query(AmendmentRepository::amendment).list();
    }

    /** Adopted amendments not yet part of a version, oldest first. */
    public List<Amendment> adoptedPending(String territorySiren) {
        return jdbc.sql(SELECT + "where territory_siren = ? and status = 'ADOPTED' and result_version_id is null order by id")
                .param(territorySiren).query(AmendmentRepository::amendment).list();
    }

    /** Records the decision once; false when the amendment was decided already. */
    public boolean decide(long id, AmendmentStatus status, Instant now) {
        return jdbc.sql("""
                update charter_amendment set status = ?, decided_at = ?, lock_version = lock_version + 1
                where id = ? and status = 'PROPOSED'""")
                .params(status.name(), Timestamp.from(now), id).update() == 1;
    }

    public void incorporate(long id, long resultVersionId) {
        jdbc.sql("update charter_amendment set result_version_id = ?, lock_version = lock_version + 1 where id = ?")
                .params(resultVersionId, id).update();
    }

    private static Amendment amendment(ResultSet rs, int n) throws SQLException {
        long meeting = rs.getLong("meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        long item = rs.getLong("agenda_item_id");
        Long itemId = rs.wasNull() ? null : item;
        long result = rs.getLong("result_version_id");
        Long resultId = rs.wasNull() ? null : result;
        return new Amendment(rs.getLong("id"), rs.getString("territory_siren"), rs.getLong("base_version_id"),
                rs.getString("article_key"), rs.getString("new_title"), rs.getString("new_body"),
                RuleParameters.parse(rs.getString("new_rule_params")), rs.getString("motive"),
                AmendmentStatus.valueOf(rs.getString("status")), meetingId, itemId, rs.getString("proposed_by_name"),
                rs.getString("proposed_for_siren"), CharterRepository.instant(rs, "proposed_at"),
                CharterRepository.instant(rs, "decided_at"), resultId);
    }
}
