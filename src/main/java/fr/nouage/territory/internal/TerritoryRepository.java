package fr.nouage.territory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.territory.Collectivity;
import fr.nouage.territory.CollectivityKind;
import fr.nouage.territory.ExperienceCard;
import fr.nouage.territory.Territory;

/** Territories and their collectivités in the database. */
@Repository
public class TerritoryRepository {

    // population and communes by correlated sub-queries on the territory's index: grouping the
    // territory's long texts by collectivité cost more than the rest of its page
    private static final String TERRITORY_SELECT = """
            select t.siren, t.name, t.kind, t.created_at, t.profile, t.stake, t.achievements,
                   (select coalesce(sum(c.population), 0) from collectivity c
                    where c.territory_siren = t.siren and c.kind = 'COMMUNE' and c.active) population,
                   (select count(*) from collectivity c
                    where c.territory_siren = t.siren and c.kind = 'COMMUNE' and c.active) communes
            from territory t
            """;
    private static final String COLLECTIVITY_SELECT = """
            select siren, insee_code, name, kind, population, territory_siren, active from collectivity
            """;

    private final JdbcClient jdbc;
    TerritoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Territory> findAll() {
        return jdbc.sql(TERRITORY_SELECT + " order by t.name").query(this::territory).list();
    }

    public List<Territory> findAll(Collection<String> sirens) {
        if (sirens.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(TERRITORY_SELECT + " where t.siren in (:sirens)" + " order by t.name")
                .param("sirens", sirens).query(this::territory).list();
    }

    public Optional<Territory> find(String siren) {
        return jdbc.sql(TERRITORY_SELECT + " where t.siren = :siren").param("siren", siren).query(this::territory)
                .optional();
    }

    public boolean exists(String siren) {
        return jdbc.sql("select count(*) from territory where siren = ?").param(siren).query(Integer.class)
                .single() > 0;
    }

    public List<String> allSirens() {
        return jdbc.sql("select siren from territory").query(String.class).list();
    }

    public void insert(String siren, String name, String kind, Instant createdAt) {
        jdbc.sql("insert into territory (siren, name, kind, created_at) values (?, ?, ?, ?)")
                .params(siren, name, kind, Timestamp.from(createdAt)).update();
    }

    public void rename(String siren, String name, String kind) {
        jdbc.sql("update territory set name = ?, kind = ? where siren = ?").params(name, kind, siren).update();
    }

    public void updateCard(String siren, ExperienceCard card) {
        jdbc.sql("update territory set profile = ?, stake = ?, achievements = ?, version = version + 1 where siren = ?")
                .params(card.profile(), card.stake(), card.achievements(), siren).update();
    }

    public List<Collectivity> collectivities(String territorySiren) {
        return jdbc.sql(COLLECTIVITY_SELECT + " where territory_siren = ? order by kind desc, name")
                .param(territorySiren).query(TerritoryRepository::collectivity).list();
    }

    public Optional<Collectivity> collectivity(String siren) {
        return jdbc.sql(COLLECTIVITY_SELECT + " where siren = ?").param(siren)
                .query(TerritoryRepository::collectivity).optional();
    }

    public void upsertCollectivity(Collectivity c) {
        int updated = jdbc.sql("""
                update collectivity set territory_siren = ?, kind = ?, insee_code = ?, name = ?, population = ?,
                       active = true, merged_into = null
                where siren = ?""")
                .params(c.territorySiren(), c.kind().name(), c.inseeCode(), c.name(), c.population(), c.siren())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into collectivity (siren, territory_siren, kind, insee_code, name, population, active)
                    values (?, ?, ?, ?, ?, ?, true)""")
                    .params(c.siren(), c.territorySiren(), c.kind().name(), c.inseeCode(), c.name(), c.population())
                    .update();
        }
    }

    public void deactivate(String siren, String mergedInto) {
        jdbc.sql("update collectivity set active = false, merged_into = ? where siren = ?").params(mergedInto, siren)
                .update();
    }

    private Territory territory(ResultSet rs, int row) throws SQLException {
        return new Territory(rs.getString("siren"), rs.getString("name"), rs.getString("kind"),
                rs.getInt("population"), rs.getInt("communes"), rs.getTimestamp("created_at").toInstant(),
                new ExperienceCard(blank(rs.getString("profile")), blank(rs.getString("stake")),
                        blank(rs.getString("achievements"))));
    }

    private static Collectivity collectivity(ResultSet rs, int row) throws SQLException {
        return new Collectivity(rs.getString("siren"), rs.getString("insee_code"), rs.getString("name"),
                CollectivityKind.valueOf(rs.getString("kind")), rs.getInt("population"),
                rs.getString("territory_siren"), rs.getBoolean("active"));
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
