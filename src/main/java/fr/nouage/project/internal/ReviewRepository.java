package fr.nouage.project.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.project.Review;

/** The items of the collective's agendas that review a project or ask a decision for it. */
@Repository
public class ReviewRepository {

    private static final String SELECT = """
            select id, project_id, meeting_id, item_id, kind, progress, outcome, outcome_text, recorded_at, updated_at
            from project_review
            """;

    private final JdbcClient jdbc;

    ReviewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long projectId, long meetingId, long itemId, Review.Kind kind, int progress, Instant now) {
        jdbc.sql("""
                insert into project_review (project_id, meeting_id, item_id, kind, progress, recorded_at)
                values (?, ?, ?, ?, ?, ?)""").params(projectId, meetingId, itemId, kind.name(), progress,
                Timestamp.from(now)).update();
    }

    public List<Review> ofProject(long projectId) {
        return jdbc.sql(SELECT + "where project_id = ? order by recorded_at desc, id desc").param(projectId)
                .query(ReviewRepository::review).list();
    }

    public Optional<Review> byItem(long itemId) {
        return jdbc.sql(SELECT + "where item_id = ?").param(itemId).query(ReviewRepository::review).optional();
    }

    public void writeBack(long itemId, String outcome, String text, Instant now) {
        jdbc.sql("update project_review set outcome = ?, outcome_text = ?, updated_at = ? where item_id = ?")
                .params(outcome, text, Timestamp.from(now), itemId).update();
    }

    static Review review(ResultSet rs, int n) throws SQLException {
        int progress = rs.getInt("progress");
        Integer p = rs.wasNull() ? null : progress;
        Timestamp updated = rs.getTimestamp("updated_at");
        return new Review(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("meeting_id"), rs.getLong("item_id"),
                Review.Kind.valueOf(rs.getString("kind")), p, rs.getString("outcome"), rs.getString("outcome_text"),
                rs.getTimestamp("recorded_at").toInstant(), updated == null ? null : updated.toInstant());
    }
}
