package fr.nouage.charter.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.charter.Adoption;

/** Adoptions of charter versions by the collectivités. */
@Repository
public class AdoptionRepository {

    private final JdbcClient jdbc;

    AdoptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Adoption> ofVersion(long versionId) {
        return jdbc.sql("""
                select version_id, collectivity_siren, adopted_at, adopted_by_name, council_reference
                from charter_adoption where version_id = ? order by adopted_at, collectivity_siren""")
                .param(versionId)
                .query((rs, n) -> new Adoption(rs.getLong("version_id"), rs.getString("collectivity_siren"),
                        rs.getTimestamp("adopted_at").toInstant(), rs.getString("adopted_by_name"),
                        rs.getString("council_reference")))
                .list();
    }

    public boolean exists(long versionId, String collectivitySiren) {
        return jdbc.sql("select count(*) from charter_adoption where version_id = ? and collectivity_siren = ?")
                .params(versionId, collectivitySiren).query(Integer.class).single() > 0;
    }

    public void insert(long versionId, String collectivitySiren, long accountId, String name, String reference,
            Instant now) {
        jdbc.sql("""
                insert into charter_adoption (version_id, collectivity_siren, adopted_at, adopted_by_account,
                    adopted_by_name, council_reference)
                values (?, ?, ?, ?, ?, ?)""")
                .params(versionId, collectivitySiren, Timestamp.from(now), accountId, name, reference).update();
    }
}
