package fr.nouage.accompaniment.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Wrong seminar codes typed, by address, kept in the database so that every instance counts them. */
@Repository
public class CodeAttempts {

    private final JdbcClient jdbc;

    CodeAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String address, Instant at) {
        jdbc.sql("insert into seminar_code_attempt (address, attempted_at) values (?, ?)")
                .params(address, Timestamp.from(at)).update();
    }

    public long since(String address, Instant since) {
        return jdbc.sql("select count(*) from seminar_code_attempt where address = ? and attempted_at >= ?")
                .params(address, Timestamp.from(since)).query(Long.class).single();
    }

    /** Forgets attempts older than {@code before}. */
    public void forget(Instant before) {
        jdbc.sql("delete from seminar_code_attempt where attempted_at < ?").param(Timestamp.from(before)).update();
    }
}
