package fr.nouage.project.internal;

import static fr.nouage.project.internal.ProjectRepository.date;
import static fr.nouage.project.internal.ProjectRepository.local;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.project.Agreement;
import fr.nouage.project.AgreementKind;
import fr.nouage.project.AgreementParty;
import fr.nouage.project.FinancingKey;
import fr.nouage.project.KeyBasis;

/** Conventions and their parties. */
@Repository
public class AgreementRepository {

    private static final String SELECT = """
            select id, project_id, territory_siren, title, kind, object, duration_months, amount_cents, weight_equal,
                   weight_population, weight_units, unit_label, signed_on, version
            from agreement
            """;

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Values of a convention to create. */
    public record NewRow(long projectId, String territorySiren, String title, AgreementKind kind, String object,
            Integer durationMonths, long amountCents, FinancingKey key, String unitLabel) {
    }

    public long insert(NewRow a, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into agreement (project_id, territory_siren, title, kind, object, duration_months, amount_cents,
                    weight_equal, weight_population, weight_units, unit_label, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.projectId(), a.territorySiren(), a.title(), a.kind().name(), a.object(), a.durationMonths(),
                        a.amountCents(), a.key().weight(KeyBasis.EQUAL), a.key().weight(KeyBasis.POPULATION),
                        a.key().weight(KeyBasis.UNITS), a.unitLabel(), Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void addParty(long agreementId, String siren, long units, long population, long shareCents) {
        jdbc.sql("""
                insert into agreement_party (agreement_id, collectivity_siren, units, population, share_cents)
                values (?, ?, ?, ?, ?)""").params(agreementId, siren, units, population, shareCents).update();
    }

    /** Writes a party's computed share and the population behind it. */
    public void setShare(long agreementId, String siren, long population, long shareCents) {
        jdbc.sql("update agreement_party set population = ?, share_cents = ? where agreement_id = ? and collectivity_siren = ?")
                .params(population, shareCents, agreementId, siren).update();
    }

    public boolean recordDeliberation(long agreementId, String siren, LocalDate on, String reference) {
        return jdbc.sql("""
                update agreement_party set deliberation_on = ?, deliberation_ref = ?
                where agreement_id = ? and collectivity_siren = ?""")
                .params(date(on), reference, agreementId, siren).update() == 1;
    }

    /** Marks it signed; false when it already was. */
    public boolean sign(long agreementId, LocalDate on) {
        return jdbc.sql("update agreement set signed_on = ?, version = version + 1 where id = ? and signed_on is null")
                .params(date(on), agreementId).update() == 1;
    }

    public Optional<Agreement> find(long id) {
        return load(jdbc.sql(SELECT + "where id = ?").param(id).query(AgreementRepository::row).list()).stream().findFirst();
    }

    public List<Agreement> ofProject(long projectId) {
        return load(jdbc.sql(SELECT + "where project_id = ? order by id").param(projectId).query(AgreementRepository::row)
                .list());
    }

    private List<Agreement> load(List<Agreement> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<AgreementParty>> parties = new HashMap<>();
        jdbc.sql("""
                select agreement_id, collectivity_siren, units, population, share_cents, deliberation_on, deliberation_ref
                from agreement_party where agreement_id in (:ids) order by agreement_id""")
                .param("ids", rows.stream().map(Agreement::id).toList()).query(rs -> {
                    long population = rs.getLong(4);
                    Long pop = rs.wasNull() ? null : population;
                    long share = rs.getLong(5);
                    Long shareCents = rs.wasNull() ? null : share;
                    parties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new AgreementParty(
                            rs.getString(2), rs.getLong(3), pop, shareCents, local(rs.getDate(6)), rs.getString(7)));
                });
        return rows.stream().map(a -> new Agreement(a.id(), a.projectId(), a.territorySiren(), a.title(), a.kind(),
                a.object(), a.durationMonths(), a.amountCents(), a.key(), a.unitLabel(), a.signedOn(),
                List.copyOf(parties.getOrDefault(a.id(), List.of())), a.version())).toList();
    }

    static Agreement row(ResultSet rs, int n) throws SQLException {
        Map<KeyBasis, Integer> weights = new EnumMap<>(KeyBasis.class);
        weights.put(KeyBasis.EQUAL, rs.getInt("weight_equal"));
        weights.put(KeyBasis.POPULATION, rs.getInt("weight_population"));
        weights.put(KeyBasis.UNITS, rs.getInt("weight_units"));
        int months = rs.getInt("duration_months");
        Integer duration = rs.wasNull() ? null : months;
        return new Agreement(rs.getLong("id"), rs.getLong("project_id"), rs.getString("territory_siren"),
                rs.getString("title"), AgreementKind.valueOf(rs.getString("kind")), rs.getString("object"), duration,
                rs.getLong("amount_cents"), new FinancingKey(weights), rs.getString("unit_label"),
                local(rs.getDate("signed_on")), List.of(), rs.getInt("version"));
    }
}
