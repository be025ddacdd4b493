package fr.nouage.deliberation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.deliberation.Consultation;
import fr.nouage.deliberation.ConsultationAnswer;
import fr.nouage.deliberation.ConsultationKind;
import fr.nouage.deliberation.Stance;

/** Consultations between meetings, their options and the answers of the collectivités. */
@Repository
public class ConsultationRepository {

    private static final String SELECT = """
            select id, territory_siren, kind, title, body, points_total, opened_by_account, opened_by_name, opened_at,
                   closes_at, closed_at
            from consultation
            """;

    private final JdbcClient jdbc;
    /** The answers last read of each consultation, with the version they were read at. */
    private final Cache<Long, AnswersAtVersion> answersByConsultation = Caffeine.newBuilder().maximumSize(2_000).build();

    ConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of a consultation to open; options are labels, with their date in a date poll. */
    public record NewConsultation(String territorySiren, ConsultationKind kind, String title, String body,
            Integer pointsTotal, long openedBy, String openedByName, Instant closesAt, List<String> labels,
            List<Instant> dates, String formToken) {
    }

    public long insert(NewConsultation c, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into consultation (territory_siren, kind, title, body, points_total, opened_by_account,
                    opened_by_name, opened_at, closes_at, form_token) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.territorySiren(), c.kind().name(), c.title(), c.body(), c.pointsTotal(), c.openedBy(),
                        c.openedByName(), Timestamp.from(now), Timestamp.from(c.closesAt()), c.formToken())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (int i = 0; i < c.labels().size(); i++) {
            Instant date = c.dates().isEmpty() ? null : c.dates().get(i);
            jdbc.sql("insert into consultation_option (consultation_id, position, label, starts_at) values (?, ?, ?, ?)")
                    .params(id, i + 1, c.labels().get(i), date == null ? null : Timestamp.from(date)).update();
        }
        return id;
    }

    /** The consultation opened by a form, if that form was already submitted. */
    public Optional<Long> byFormToken(String token) {
        return jdbc.sql("select id from consultation where form_token = ?").param(token).query(Long.class).optional();
    }

    /** The consultation with its options, in two queries. */
    public Optional<Consultation> find(long id) {
        List<Consultation.Option> options = jdbc.sql("""
                select id, position, label, starts_at from consultation_option where consultation_id = ?
                order by position""").param(id).query(ConsultationRepository::option).list();
        return jdbc.sql(SELECT + "where id = ?").param(id).query((rs, n) -> consultation(rs, options)).optional();
    }

    /** The consultations of a territory, those closing last first, without their options. */
    public List<Consultation> ofTerritory(String territorySiren) {
        return jdbc.sql(SELECT + "where territory_siren = ? order by closes_at desc, id desc").param(territorySiren)
                .query((rs, n) -> consultation(rs, List.of())).list();
    }

    /** For each consultation of a territory, the collectivités that answered it, in one query. */
    public Map<Long, List<String>> respondents(String territorySiren) {
        Map<Long, List<String>> result = new HashMap<>();
        jdbc.sql("""
                select a.consultation_id, a.collectivity_siren from consultation_answer a
                join consultation c on c.id = a.consultation_id where c.territory_siren = ?""")
                .param(territorySiren).query(rs -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return result;
    }

    /**
     * Every answer with its values. The consultation's version moves with each answer (and at
     * closing), so the answers read for a version are kept and given again while it has not moved:
     * one small query instead of reading 150 answers and their values at each reading of the page,
     * and never an answer older than the database's, whichever instance wrote it.
     */
    public List<ConsultationAnswer> answers(long consultationId) {
        Optional<Integer> version = jdbc.sql("select version from consultation where id = ?").param(consultationId)
                .query(Integer.class).optional();
        if (version.isEmpty()) {
            return List.of();
        }
        AnswersAtVersion kept = answersByConsultation.getIfPresent(consultationId);
        if (kept != null && kept.version() == version.get()) {
            return kept.answers();
        }
        List<ConsultationAnswer> answers = readAnswers(consultationId);
        answersByConsultation.put(consultationId, new AnswersAtVersion(version.get(), answers));
        return answers;
    }

    private record AnswersAtVersion(int version, List<ConsultationAnswer> answers) {
    }

    /**
     * The answers with their values, in one query. The values come aggregated per answer
     * ({@code option:amount,…}), each through the key of its answer: joining the two tables made
     * PostgreSQL read every value of every consultation to keep those of one.
     */
    private List<ConsultationAnswer> readAnswers(long consultationId) {
        return jdbc.sql("""
                select a.collectivity_siren, a.stance, a.comment, a.answered_by_name, a.answered_at,
                       (select string_agg(v.option_id || ':' || v.amount, ',') from consultation_answer_value v
                        where v.answer_id = a.id) as answer_values
                from consultation_answer a where a.consultation_id = ? order by a.id""").param(consultationId)
                .query((rs, n) -> {
                    String stance = rs.getString(2);
                    return new ConsultationAnswer(rs.getString(1), stance == null ? null : Stance.valueOf(stance),
                            rs.getString(3), answerValues(rs.getString(6)), rs.getString(4),
                            rs.getTimestamp(5).toInstant());
                }).list();
    }

    /** The values of an answer from their aggregate {@code option:amount,…} ({@code null} when none). */
    static Map<Long, Integer> answerValues(String aggregate) {
        if (aggregate == null || aggregate.isEmpty()) {
            return Map.of();
        }
        Map<Long, Integer> values = new HashMap<>();
        for (String pair : aggregate.split(",")) {
            int colon = pair.indexOf(':');
            values.put(Long.parseLong(pair, 0, colon, 10), Integer.parseInt(pair, colon + 1, pair.length(), 10));
        }
        return Map.copyOf(values);
    }

    /** Records or replaces a collectivité's answer; true when it replaced an earlier one. */
    public boolean saveAnswer(long consultationId, String siren, Stance stance, String comment,
            Map<Long, Integer> values, long account, String name, Instant now) {
        Optional<Long> existing = jdbc.sql("select id from consultation_answer where consultation_id = ? and collectivity_siren = ?")
                .params(consultationId, siren).query(Long.class).optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("""
                    update consultation_answer set stance = ?, comment = ?, answered_by_account = ?, answered_by_name = ?,
                        answered_at = ?, version = version + 1 where id = ?""")
                    .params(stance == null ? null : stance.name(), comment, account, name, Timestamp.from(now), id)
                    .update();
            jdbc.sql("delete from consultation_answer_value where answer_id = ?").param(id).update();
        } else {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into consultation_answer (consultation_id, collectivity_siren, stance, comment,
                        answered_by_account, answered_by_name, answered_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(consultationId, siren, stance == null ? null : stance.name(), comment, account, name,
                            Timestamp.from(now))
                    .update(keys, "id");
            id = keys.getKey().longValue();
        }
        for (var v : values.entrySet()) {
            jdbc.sql("insert into consultation_answer_value (answer_id, option_id, amount) values (?, ?, ?)")
                    .params(id, v.getKey(), v.getValue()).update();
        }
        // in the answer's transaction: whoever reads this version reads this answer
        jdbc.sql("update consultation set version = version + 1 where id = ?").param(consultationId).update();
        return existing.isPresent();
    }

    /** Consultations whose closing date has come and that are not closed yet. */
    public List<Long> due(Instant now) {
        return jdbc.sql("select id from consultation where closed_at is null and closes_at <= ? order by id")
                .param(Timestamp.from(now)).query(Long.class).list();
    }

    /** Closes a consultation unless already closed; true for the one call, among all instances, that closed it. */
    public boolean claimClose(long id, Instant now) {
        return jdbc.sql("update consultation set closed_at = ?, version = version + 1 where id = ? and closed_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    private static Consultation.Option option(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp(4);
        return new Consultation.Option(rs.getLong(1), rs.getInt(2), rs.getString(3), at == null ? null : at.toInstant());
    }

    private static Consultation consultation(ResultSet rs, List<Consultation.Option> options) throws SQLException {
        int points = rs.getInt("points_total");
        Integer pointsTotal = rs.wasNull() ? null : points;
        long by = rs.getLong("opened_by_account");
        Long openedBy = rs.wasNull() ? null : by;
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Consultation(rs.getLong("id"), rs.getString("territory_siren"),
                ConsultationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
                pointsTotal, openedBy, rs.getString("opened_by_name"), rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), closed == null ? null : closed.toInstant(), options);
    }
}
