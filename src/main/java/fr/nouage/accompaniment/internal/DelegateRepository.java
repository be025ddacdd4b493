package fr.nouage.accompaniment.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.accompaniment.Delegate;

/** The delegations registered to seminars. */
@Repository
public class DelegateRepository {

    private final JdbcClient jdbc;

    DelegateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the delegation of a territory by these people. */
    public void replace(long seminarId, String territorySiren, List<Delegate> delegates, String by, Instant now) {
        jdbc.sql("delete from seminar_delegate where seminar_id = ? and territory_siren = ?")
                .params(seminarId, territorySiren).update();
        for (Delegate d : delegates) {
            jdbc.sql("""
                    insert into seminar_delegate (seminar_id, territory_siren, collectivity_siren, name, job,
                        registered_by, registered_at) values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(seminarId, territorySiren, d.collectivitySiren(), d.name(), d.job(), by, Timestamp.from(now))
                    .update();
        }
    }

    /** Every delegate of the seminar, by territory then in the order registered. */
    public List<Delegate> ofSeminar(long seminarId) {
        return jdbc.sql("""
                select id, seminar_id, territory_siren, collectivity_siren, name, job from seminar_delegate
                where seminar_id = ? order by territory_siren, id""").param(seminarId)
                .query((rs, n) -> new Delegate(rs.getLong("id"), rs.getLong("seminar_id"), rs.getString("territory_siren"),
                        rs.getString("collectivity_siren"), rs.getString("name"), rs.getString("job"))).list();
    }
}
