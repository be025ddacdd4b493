package fr.nouage.rules;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.nouage.account.Actor;

/** The rules in force, for the rest of Nouage. */
@Service
public class Rules {

    private static final String SELECT = """
            select charter_version, agenda_lead_hours, window_from_days, window_to_days, decision_mode, quorum_percent,
                   rotation, minutes_within_days, minutes_to_elected, reflexive_every_months, yearly_seminar, adoption_rule,
                   effective_from
            from rule_set
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rules(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The rules of a territory's collective in force on {@code date}: those enacted last on or
     * before that date, or the defaults when none was.
     */
    public ActiveRules rulesAt(String territorySiren, LocalDate date) {
        return jdbc.sql(SELECT + "where territory_siren = ? and effective_from <= ? order by effective_from desc, id desc limit 1")
                .params(territorySiren, Date.valueOf(date)).query((rs, n) -> rules(rs)).optional()
                .orElseGet(ActiveRules::defaults);
    }

    /**
     * Puts new rules in force from {@code effectiveFrom} on, by the signed-in user (Nouage itself
     * outside a request); meetings planned before keep the rules recorded with them.
     *
     * @throws InvalidRulesException when a parameter is out of range
     */
    @Transactional
    public void enact(String territorySiren, LocalDate effectiveFrom, ActiveRules rules) {
        enact(territorySiren, effectiveFrom, rules, Actor.current());
    }

    /**
     * Puts new rules in force from {@code effectiveFrom} on, by {@code by}, announced as
     * {@link RulesEnacted}; meetings planned before keep the rules recorded with them.
     *
     * @throws InvalidRulesException when a parameter is out of range
     */
    @Transactional
    public void enact(String territorySiren, LocalDate effectiveFrom, ActiveRules rules, Actor by) {
        ActiveRules valid = rules.validated();
        java.time.Instant now = clock.instant();
        jdbc.sql("""
                insert into rule_set (territory_siren, effective_from, charter_version, agenda_lead_hours, window_from_days,
                    window_to_days, decision_mode, quorum_percent, rotation, minutes_within_days, minutes_to_elected,
                    reflexive_every_months, yearly_seminar, adoption_rule, enacted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(territorySiren, Date.valueOf(effectiveFrom), valid.charterVersion(), valid.agendaLeadHours(),
                        valid.upstreamWindowFromDays(), valid.upstreamWindowToDays(), valid.decisionMode().name(),
                        valid.quorumPercent(), valid.rotation(), valid.minutesWithinDays(), valid.minutesToElected(),
                        valid.reflexiveEveryMonths(), valid.yearlySeminar(), valid.adoptionRule().name(),
                        Timestamp.from(now))
                .update();
        events.publishEvent(new RulesEnacted(territorySiren, effectiveFrom, valid.charterVersion(), by, now));
    }

    /** Every set of rules enacted for the territory, oldest first, with the date it took effect. */
    public List<Enacted> history(String territorySiren) {
        return jdbc.sql(SELECT + "where territory_siren = ? order by effective_from, id").param(territorySiren)
                .query((rs, n) -> new Enacted(rs.getDate("effective_from").toLocalDate(), rules(rs))).list();
    }

    /**
     * Every set of rules of the territory at once, to answer {@link RuleTimeline#at} for many dates
     * with one query (calendars).
     */
    public RuleTimeline timeline(String territorySiren) {
        return new RuleTimeline(history(territorySiren));
    }

    /** The rules of one territory over time. */
    public static final class RuleTimeline {

        private final List<Enacted> enacted;

        RuleTimeline(List<Enacted> enacted) {
            this.enacted = enacted;
        }

        /** The rules in force on {@code date}, as {@link Rules#rulesAt} would answer. */
        public ActiveRules at(LocalDate date) {
            ActiveRules found = ActiveRules.defaults();
            for (Enacted e : enacted) {
                if (!e.effectiveFrom().isAfter(date)) {
                    found = e.rules();
                }
            }
            return found;
        }
    }

    /** Rules in force from a date on. */
    public record Enacted(LocalDate effectiveFrom, ActiveRules rules) {
    }

    private static ActiveRules rules(java.sql.ResultSet rs) throws java.sql.SQLException {
        int version = rs.getInt("charter_version");
        Integer charterVersion = rs.wasNull() ? null : version;
        return new ActiveRules(charterVersion, rs.getInt("agenda_lead_hours"), rs.getInt("window_from_days"),
                rs.getInt("window_to_days"), DecisionMode.valueOf(rs.getString("decision_mode")),
                rs.getInt("quorum_percent"), rs.getBoolean("rotation"), rs.getInt("minutes_within_days"),
                rs.getBoolean("minutes_to_elected"), rs.getInt("reflexive_every_months"), rs.getBoolean("yearly_seminar"),
                AdoptionRule.valueOf(rs.getString("adoption_rule")));
    }
}
