package fr.nouage.charter.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.charter.GovernancePact;
import fr.nouage.charter.PactOpinion;

/** Pactes de gouvernance, the municipal councils' opinions and the adopted texts. */
@Repository
public class PactRepository {

    private static final String SELECT = """
            select id, territory_siren, renewal_date, debate_date, draw_up, draft_sent_on, adopted_on, deliberation_ref,
                   text_file_name, text_size, text_uploaded_at, lock_version
            from governance_pact
            """;

    private final JdbcClient jdbc;

    PactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pact of the latest renewal. */
    public Optional<GovernancePact> latest(String territorySiren) {
        return jdbc.sql(SELECT + "where territory_siren = ? order by renewal_date desc limit 1").param(territorySiren)
                .query(PactRepository::pact).optional();
    }

    public Optional<GovernancePact> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(PactRepository::pact).optional();
    }

    public boolean exists(String territorySiren, LocalDate renewalDate) {
        return jdbc.sql("select count(*) from governance_pact where territory_siren = ? and renewal_date = ?")
                .params(territorySiren, Date.valueOf(renewalDate)).query(Integer.class).single() > 0;
    }

    public long insert(String territorySiren, LocalDate renewalDate, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into governance_pact (territory_siren, renewal_date, created_at) values (?, ?, ?)")
                .params(territorySiren, Date.valueOf(renewalDate), Timestamp.from(now)).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Writes the dates of the procedure unless someone changed them since {@code expectedLock}. */
    public boolean updateTimeline(long id, int expectedLock, LocalDate debate, Boolean drawUp, LocalDate draftSent,
            LocalDate adopted, String reference) {
        return jdbc.sql("""
                update governance_pact set debate_date = ?, draw_up = ?, draft_sent_on = ?, adopted_on = ?,
                    deliberation_ref = ?, lock_version = lock_version + 1
                where id = ? and lock_version = ?""")
                .params(date(debate), drawUp, date(draftSent), date(adopted), reference, id, expectedLock).update() == 1;
    }

    public void attachText(long id, String fileName, byte[] content, String sha256, Instant now) {
        jdbc.sql("""
                update governance_pact set text_file_name = ?, text_size = ?, text_sha256 = ?, text_content = ?,
                    text_uploaded_at = ?, lock_version = lock_version + 1
                where id = ?""")
                .params(fileName, (long) content.length, sha256, content, Timestamp.from(now), id).update();
    }

    public Optional<byte[]> text(long id) {
        return jdbc.sql("select text_content from governance_pact where id = ? and text_content is not null").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Opinions by commune SIREN. */
    public Map<String, PactOpinion> opinions(long pactId) {
        Map<String, PactOpinion> opinions = new LinkedHashMap<>();
        jdbc.sql("""
                select commune_siren, opinion, given_on, reference, recorded_by from governance_pact_opinion
                where pact_id = ? order by given_on, commune_siren""").param(pactId)
                .query((rs, n) -> new PactOpinion(rs.getString("commune_siren"),
                        PactOpinion.Kind.valueOf(rs.getString("opinion")), rs.getDate("given_on").toLocalDate(),
                        rs.getString("reference"), rs.getString("recorded_by")))
                .list().forEach(o -> opinions.put(o.communeSiren(), o));
        return opinions;
    }

    /** Records or corrects a commune's opinion. */
    public void saveOpinion(long pactId, PactOpinion opinion, Instant now) {
        int updated = jdbc.sql("""
                update governance_pact_opinion set opinion = ?, given_on = ?, reference = ?, recorded_by = ?, recorded_at = ?
                where pact_id = ? and commune_siren = ?""")
                .params(opinion.opinion().name(), Date.valueOf(opinion.givenOn()), opinion.reference(),
                        opinion.recordedBy(), Timestamp.from(now), pactId, opinion.communeSiren())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into governance_pact_opinion (pact_id, commune_siren, opinion, given_on, reference, recorded_by,
                        recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(pactId, opinion.communeSiren(), opinion.opinion().name(), Date.valueOf(opinion.givenOn()),
                            opinion.reference(), opinion.recordedBy(), Timestamp.from(now))
                    .update();
        }
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static GovernancePact pact(ResultSet rs, int n) throws SQLException {
        boolean drawUp = rs.getBoolean("draw_up");
        Boolean decided = rs.wasNull() ? null : drawUp;
        long size = rs.getLong("text_size");
        Long textSize = rs.wasNull() ? null : size;
        return new GovernancePact(rs.getLong("id"), rs.getString("territory_siren"), localDate(rs, "renewal_date"),
                localDate(rs, "debate_date"), decided, localDate(rs, "draft_sent_on"), localDate(rs, "adopted_on"),
                rs.getString("deliberation_ref"), rs.getString("text_file_name"), textSize,
                CharterRepository.instant(rs, "text_uploaded_at"), rs.getInt("lock_version"));
    }
}
