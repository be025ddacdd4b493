package fr.nouage.observatory;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import fr.nouage.account.NouageUser;
import fr.nouage.account.Role;
import fr.nouage.platform.RefusedOperation.Reason;
import fr.nouage.territory.Territories;
import fr.nouage.territory.Territory;

/**
 * Territories side by side for those who accompany them: the coordinator and the admin see every
 * territory, a facilitator theirs. Each territory's path today is kept in a snapshot table, deleted
 * when a module reports a change ({@link EvidenceChanged}) and recomputed on the next read or by the
 * periodic warm-up, so that the view of every territory reads one table.
 */
@Service
public class Overview {

    /** Snapshots the warm-up computes per run at most. */
    static final int WARM_BATCH = 100;

    /** One territory in the view. */
    public record Row(String siren, String name, String kind, String department, int population,
            Map<Threshold, ThresholdState> states, int alerts, int respondents) {
    }

    private final JdbcClient jdbc;
    private final Territories territories;
    private final Observatory observatory;
    private final Vigilance vigilance;
    private final Barometers barometers;
    private final Clock clock;

    Overview(JdbcClient jdbc, Territories territories, Observatory observatory, Vigilance vigilance,
            Barometers barometers, Clock clock) {
        this.jdbc = jdbc;
        this.territories = territories;
        this.observatory = observatory;
        this.vigilance = vigilance;
        this.barometers = barometers;
        this.clock = clock;
    }

    /** Whether the user sees the cross-territory view. */
    public static boolean maySee(NouageUser user) {
        return user.has(Role.COORDINATOR) || user.has(Role.ADMIN) || user.has(Role.FACILITATOR);
    }

    /** Whether the signed-in user sees the cross-territory view (for the navigation). */
    public static boolean currentUserMaySee() {
        return fr.nouage.account.CurrentUser.get().map(Overview::maySee).orElse(false);
    }

    /**
     * The territories the user accompanies, by name.
     *
     * @throws ObservatoryException FORBIDDEN for a director, an élu or a referent
     */
    public List<Row> rows(NouageUser user) {
        if (!maySee(user)) {
            throw new ObservatoryException(Reason.FORBIDDEN, "observatory.overview.error.forbidden");
        }
        List<Territory> visible = user.seesAllTerritories() ? territories.all()
                : territories.withSirens(user.roles().stream().filter(r -> r.role() == Role.FACILITATOR)
                        .map(r -> r.territorySiren()).collect(Collectors.toSet()));
        LocalDate today = observatory.today();
        Map<String, Snapshot> snapshots = snapshots(today);
        Map<String, String> departments = departments();
        List<Row> rows = new ArrayList<>();
        for (Territory t : visible) {
            Snapshot s = snapshots.get(t.siren());
            if (s == null) {
                s = refresh(t.siren(), today);
            }
            rows.add(new Row(t.siren(), t.name(), t.kind(), departments.getOrDefault(t.siren(), ""), t.population(),
                    s.states(), s.alerts(), s.respondents()));
        }
        return rows;
    }

    private record Snapshot(Map<Threshold, ThresholdState> states, int alerts, int respondents) {
    }

    private Map<String, Snapshot> snapshots(LocalDate today) {
        Map<String, Snapshot> snapshots = new HashMap<>();
        jdbc.sql("select territory_siren, states, alerts, respondents from observatory_snapshot where computed_on = ?")
                .param(Date.valueOf(today)).query(rs -> {
                    snapshots.put(rs.getString(1), new Snapshot(decode(rs.getString(2)), rs.getInt(3), rs.getInt(4)));
                });
        return snapshots;
    }

    private Snapshot refresh(String siren, LocalDate today) {
        Map<Threshold, ThresholdState> states = new EnumMap<>(Threshold.class);
        observatory.maturity(siren, today).forEach(s -> states.put(s.threshold(), s.state()));
        int alerts = vigilance.alerts(siren).size();
        int respondents = barometers.current(siren).map(BarometerResults::respondents).orElse(0);
        jdbc.sql("delete from observatory_snapshot where territory_siren = ?").param(siren).update();
        jdbc.sql("""
                insert into observatory_snapshot (territory_siren, computed_on, states, alerts, respondents, computed_at)
                values (?, ?, ?, ?, ?, ?)""").params(siren, Date.valueOf(today), encode(states), alerts, respondents,
                Timestamp.from(clock.instant())).update();
        return new Snapshot(states, alerts, respondents);
    }

    /** Computes the snapshots missing today, a batch at a time, so that the view rarely waits. */
    @Scheduled(initialDelayString = "${nouage.observatory.warm-interval:PT10M}",
            fixedDelayString = "${nouage.observatory.warm-interval:PT10M}")
    void warm() {
        LocalDate today = observatory.today();
        Map<String, Snapshot> done = snapshots(today);
        territories.all().stream().filter(t -> !done.containsKey(t.siren())).limit(WARM_BATCH)
                .forEach(t -> refresh(t.siren(), today));
    }

    @EventListener
    void on(EvidenceChanged changed) {
        jdbc.sql("delete from observatory_snapshot where territory_siren = ?").param(changed.territorySiren()).update();
    }

    private Map<String, String> departments() {
        Map<String, String> departments = new HashMap<>();
        jdbc.sql("""
                select territory_siren, min(insee_code) from collectivity where insee_code is not null
                group by territory_siren""").query(rs -> {
                    String insee = rs.getString(2);
                    departments.put(rs.getString(1), insee.startsWith("97") ? insee.substring(0, 3) : insee.substring(0, 2));
                });
        return departments;
    }

    static String encode(Map<Threshold, ThresholdState> states) {
        return states.entrySet().stream().map(e -> e.getKey().name() + "=" + e.getValue().name())
                .collect(Collectors.joining(","));
    }

    static Map<Threshold, ThresholdState> decode(String text) {
        Map<Threshold, ThresholdState> states = new EnumMap<>(Threshold.class);
        Arrays.stream(text.split(",")).filter(s -> s.contains("=")).map(s -> s.split("="))
                .forEach(p -> states.put(Threshold.valueOf(p[0]), ThresholdState.valueOf(p[1])));
        return states;
    }
}
