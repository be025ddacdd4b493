package fr.nouage.project.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import fr.nouage.project.Contribution;
import fr.nouage.project.Indicator;

/** The indicators of projects and what each collectivité put in and got back. */
@Repository
public class EvaluationRepository {

    private final JdbcClient jdbc;

    EvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void addIndicator(long projectId, String name, String unit, BigDecimal target, BigDecimal actual) {
        jdbc.sql("insert into project_indicator (project_id, name, unit, target, actual) values (?, ?, ?, ?, ?)")
                .params(projectId, name, unit, target, actual).update();
    }

    public List<Indicator> indicators(long projectId) {
        return jdbc.sql("select id, project_id, name, unit, target, actual from project_indicator where project_id = ? order by id")
                .param(projectId).query((rs, n) -> new Indicator(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getBigDecimal(5), rs.getBigDecimal(6))).list();
    }

    public void saveContribution(long projectId, Contribution c) {
        int updated = jdbc.sql("""
                update project_contribution set days_given = ?, money_given_cents = ?, benefit = ?, benefit_cents = ?
                where project_id = ? and collectivity_siren = ?""")
                .params(c.daysGiven(), c.moneyCents(), c.benefit(), c.benefitCents(), projectId, c.collectivitySiren())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into project_contribution (project_id, collectivity_siren, days_given, money_given_cents,
                        benefit, benefit_cents) values (?, ?, ?, ?, ?, ?)""")
                    .params(projectId, c.collectivitySiren(), c.daysGiven(), c.moneyCents(), c.benefit(),
                            c.benefitCents()).update();
        }
    }

    public List<Contribution> contributions(long projectId) {
        return jdbc.sql("""
                select collectivity_siren, days_given, money_given_cents, benefit, benefit_cents
                from project_contribution where project_id = ? order by collectivity_siren""").param(projectId)
                .query((rs, n) -> new Contribution(rs.getString(1), rs.getBigDecimal(2), rs.getLong(3), rs.getString(4),
                        rs.getLong(5))).list();
    }
}
