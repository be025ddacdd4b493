package fr.nouage.demo;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Inserts the rows of the demo's past: one statement each, the generated id returned. */
final class Rows {

    private final JdbcClient jdbc;
    private int count;

    Rows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts one row into a table whose key is a generated {@code id}, and returns it. */
    long insert(String sql, Object... params) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        count++;
        return keys.getKey().longValue();
    }

    /** Runs one insert or update. */
    void run(String sql, Object... params) {
        count += jdbc.sql(sql).params(params).update();
    }

    int count() {
        return count;
    }

    static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
