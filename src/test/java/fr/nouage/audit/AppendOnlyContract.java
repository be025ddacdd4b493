package fr.nouage.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import fr.nouage.support.NouageIT;

/**
 * The audit log is append-only in the database itself: whoever connects, an update, a delete or a
 * truncation is refused and the entries stay as they were.
 */
abstract class AppendOnlyContract extends NouageIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() {
        // the roles given to the demonstration accounts at start-up are logged
        await().atMost(Duration.ofSeconds(30)).until(() -> count() > 0);
        long id = jdbc.sql("select min(id) from audit_entry").query(Long.class).single();
        String summary = summary(id);
        long before = count();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'falsifié', actor_name = 'personne' where id = ?")
                .param(id).update()).isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update())
                .isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate table audit_entry").update())
                .isInstanceOf(DataAccessException.class);

        assertThat(summary(id)).isEqualTo(summary).isNotEqualTo("falsifié");
        assertThat(count()).isGreaterThanOrEqualTo(before);
    }

    private long count() {
        return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
    }

    private String summary(long id) {
        return jdbc.sql("select summary from audit_entry where id = ?").param(id).query(String.class).single();
    }
}
