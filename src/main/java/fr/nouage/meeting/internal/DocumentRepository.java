package fr.nouage.meeting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.meeting.AgendaDocument;

/** Documents attached to agenda items; their content is read only when asked for. */
@Repository
public class DocumentRepository {

    private static final String SELECT = """
            select d.id, d.item_id, d.file_name, d.content_type, d.size_bytes, d.sha256, d.uploaded_at, d.uploaded_by,
                   d.late
            from agenda_document d
            """;

    private final JdbcClient jdbc;

    DocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of a document to store. */
    public record NewDocument(long itemId, String fileName, String contentType, byte[] content, String sha256,
            String uploadedBy, boolean late) {
    }

    public long insert(NewDocument d, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agenda_document (item_id, file_name, content_type, size_bytes, sha256, content, uploaded_at,
                    uploaded_by, late) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.itemId(), d.fileName(), d.contentType(), (long) d.content().length, d.sha256(), d.content(),
                        Timestamp.from(now), d.uploadedBy(), d.late())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<AgendaDocument> find(long id) {
        return jdbc.sql(SELECT + "where d.id = ?").param(id).query(DocumentRepository::document).optional();
    }

    public Optional<AgendaDocument> findByHash(long itemId, String sha256) {
        return jdbc.sql(SELECT + "where d.item_id = ? and d.sha256 = ?").params(itemId, sha256)
                .query(DocumentRepository::document).optional();
    }

    public List<AgendaDocument> ofItem(long itemId) {
        return jdbc.sql(SELECT + "where d.item_id = ? order by d.uploaded_at, d.id").param(itemId)
                .query(DocumentRepository::document).list();
    }

    /** Every document of a meeting's agenda, item by item, in one query. */
    public List<AgendaDocument> ofMeeting(long meetingId) {
        return jdbc.sql(SELECT + "join agenda_item i on i.id = d.item_id where i.meeting_id = ? order by i.position, d.uploaded_at, d.id")
                .param(meetingId).query(DocumentRepository::document).list();
    }

    public Optional<byte[]> content(long id) {
        return jdbc.sql("select content from agenda_document where id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    static AgendaDocument document(ResultSet rs, int row) throws SQLException {
        return new AgendaDocument(rs.getLong("id"), rs.getLong("item_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by"), rs.getBoolean("late"));
    }
}
