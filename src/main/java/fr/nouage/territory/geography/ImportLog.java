package fr.nouage.territory.geography;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import fr.nouage.territory.geography.ImportProgress.Step;

/** The history of geography imports, kept in the database with each one's report. */
@Repository
class ImportLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json = JsonMapper.builder().build();

    ImportLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long started(String source, String by, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into geo_import (source, status, started_at, started_by) values (?, 'RUNNING', ?, ?)")
                .params(source, Timestamp.from(at), by).update(keys, "id");
        return keys.getKey().longValue();
    }

    void finished(long id, GeographyChanges changes, Instant at) {
        jdbc.sql("""
                update geo_import set status = ?, finished_at = ?, epci_count = ?, commune_count = ?, report = ?
                where id = ?""")
                .params(changes.isEmpty() ? "UNCHANGED" : "DONE", Timestamp.from(at), changes.epciCount(),
                        changes.communeCount(), json.writeValueAsString(changes), id)
                .update();
    }

    void failed(long id, String errorKey, Object[] errorArguments, Instant at) {
        jdbc.sql("update geo_import set status = 'FAILED', finished_at = ?, report = ? where id = ?")
                .params(Timestamp.from(at), json.writeValueAsString(new Failure(errorKey, errorArguments)), id).update();
    }

    /** What a refused import reports: the message key of the problem and its arguments. */
    record Failure(String errorKey, Object[] errorArguments) {
    }

    List<ImportProgress> recent(int limit) {
        return jdbc.sql("select id, source, status, started_at, report from geo_import order by id desc limit ?")
                .param(limit).query((rs, n) -> progress(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))).list();
    }

    Optional<ImportProgress> find(long id) {
        return jdbc.sql("select id, source, status, started_at, report from geo_import where id = ?").param(id)
                .query((rs, n) -> progress(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getString(5))).optional();
    }

    private ImportProgress failed(long id, String source, Instant startedAt, String report) {
        Failure failure = report == null ? new Failure("geography.error.unexpected", null)
                : json.readValue(report, Failure.class);
        return new ImportProgress(id, source, Step.FAILED, 100, startedAt, null, failure.errorKey(),
                failure.errorArguments() == null ? new Object[0] : failure.errorArguments());
    }

    private ImportProgress progress(long id, String source, String status, Instant startedAt, String report) {
        return switch (status) {
            case "DONE", "UNCHANGED" -> new ImportProgress(id, source, Step.DONE, 100, startedAt,
                    json.readValue(report, GeographyChanges.class), null, new Object[0]);
            case "FAILED" -> failed(id, source, startedAt, report);
            // an import still marked running after a restart was interrupted: its transaction rolled back
            default -> new ImportProgress(id, source, Step.READING, 0, startedAt, null, null, new Object[0]);
        };
    }
}
