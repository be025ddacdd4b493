package fr.nouage.deliberation;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import fr.nouage.meeting.MeetingStatistics;
import fr.nouage.meeting.ParticipationCounts;
import fr.nouage.territory.Collectivity;
import fr.nouage.territory.Territories;

/** Computes the parity figures of a territory over a period, in a fixed number of queries. */
@Service
public class Parity {

    /** Meetings looked back on to warn about collectivités not heard. */
    public static final int RECENT_MEETINGS = 3;

    private final JdbcClient jdbc;
    private final MeetingStatistics statistics;
    private final Territories territories;

    Parity(JdbcClient jdbc, MeetingStatistics statistics, Territories territories) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.territories = territories;
    }

    public ParityReport compute(String territorySiren, LocalDate from, LocalDate to) {
        List<Collectivity> members = territories.collectivities(territorySiren).stream().filter(Collectivity::active)
                .toList();
        Map<String, ParticipationCounts> participation = statistics.participation(territorySiren, from, to);
        Timestamp start = Timestamp.from(from.atStartOfDay(PARIS).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(PARIS).toInstant());
        Map<String, Integer> positions = countBySiren("""
                select p.collectivity_siren, count(*) from item_position p
                join agenda_item i on i.id = p.agenda_item_id join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and m.starts_at >= ? and m.starts_at < ? group by p.collectivity_siren""",
                territorySiren, start, end);
        Map<String, Integer> turns = countBySiren("""
                select t.collectivity_siren, count(*) from speaking_turn t
                join agenda_item i on i.id = t.agenda_item_id join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and m.starts_at >= ? and m.starts_at < ? and t.collectivity_siren is not null
                and t.spoken_at is not null and t.withdrawn_at is null group by t.collectivity_siren""",
                territorySiren, start, end);
        List<ParityReport.Row> rows = new ArrayList<>();
        for (Collectivity c : members) {
            ParticipationCounts p = participation.getOrDefault(c.siren(), new ParticipationCounts(c.siren(), 0, 0, 0, 0, 0));
            rows.add(new ParityReport.Row(c.siren(), c.name(), c.isEpci(), c.isEpci() ? "EPCI" : c.sizeClass().name(),
                    c.population(), p.attended(), p.excused(), p.proposed(), positions.getOrDefault(c.siren(), 0),
                    turns.getOrDefault(c.siren(), 0), p.hosted(), p.facilitated()));
        }
        int totalContributions = rows.stream().mapToInt(ParityReport.Row::contributions).sum();
        int totalHosted = rows.stream().mapToInt(ParityReport.Row::hosted).sum();
        Map<String, ParityReport.ClassShare> byClass = byClass(rows, totalContributions, totalHosted);
        double gini = Gini.of(rows.stream().mapToInt(ParityReport.Row::contributions).toArray());
        ParityReport.ClassShare epci = byClass.get("EPCI");
        List<Long> recent = statistics.recentMeetings(territorySiren, end.toInstant(), RECENT_MEETINGS);
        List<String> notHeard = recent.size() < RECENT_MEETINGS ? List.of() : notHeard(members, recent);
        return new ParityReport(territorySiren, from, to, statistics.meetingCount(territorySiren, from, to), rows, byClass,
                round(gini), epci == null ? 0 : epci.contributionShare(), epci == null ? 0 : epci.hostingShare(),
                notHeard, recent.size());
    }

    /**
     * Attendance month by month and the distribution of positions over a period, in two queries
     * (charts of the parity page).
     */
    public ParityTrends trends(String territorySiren, LocalDate from, LocalDate to) {
        int members = (int) territories.collectivities(territorySiren).stream().filter(Collectivity::active).count();
        Timestamp start = Timestamp.from(from.atStartOfDay(PARIS).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(PARIS).toInstant());
        Map<java.time.YearMonth, int[]> months = new java.util.TreeMap<>();
        jdbc.sql("""
                select m.starts_at, (select count(*) from attendance a where a.meeting_id = m.id
                    and a.status in ('PRESENT', 'REPRESENTED')) from meeting m join body b on b.id = m.body_id
                where m.territory_siren = ? and b.kind = 'COLLECTIVE' and m.status = 'HELD'
                and m.starts_at >= ? and m.starts_at < ?""")
                .params(territorySiren, start, end).query(rs -> {
                    java.time.YearMonth month = java.time.YearMonth.from(rs.getTimestamp(1).toInstant().atZone(PARIS));
                    int[] sums = months.computeIfAbsent(month, m -> new int[2]);
                    sums[0]++;
                    sums[1] += rs.getInt(2);
                });
        Map<Stance, Integer> stances = new java.util.EnumMap<>(Stance.class);
        for (Stance s : Stance.values()) {
            stances.put(s, 0);
        }
        jdbc.sql("""
                select p.stance, count(*) from item_position p join agenda_item i on i.id = p.agenda_item_id
                join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and m.starts_at >= ? and m.starts_at < ? group by p.stance""")
                .params(territorySiren, start, end).query(rs -> {
                    stances.put(Stance.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return new ParityTrends(months.entrySet().stream()
                .map(e -> new ParityTrends.Month(e.getKey(), e.getValue()[0], e.getValue()[1], members)).toList(),
                stances);
    }

    private static Map<String, ParityReport.ClassShare> byClass(List<ParityReport.Row> rows, int contributions,
            int hosted) {
        Map<String, int[]> sums = new LinkedHashMap<>();
        sums.put("EPCI", new int[5]);
        for (fr.nouage.territory.SizeClass s : fr.nouage.territory.SizeClass.values()) {
            sums.put(s.name(), new int[5]);
        }
        for (ParityReport.Row r : rows) {
            int[] s = sums.get(r.sizeClass());
            s[0]++;
            s[1] += r.attended();
            s[2] += r.contributions();
            s[3] += r.hosted();
            s[4] += r.facilitated();
        }
        Map<String, ParityReport.ClassShare> result = new LinkedHashMap<>();
        sums.forEach((key, s) -> result.put(key, new ParityReport.ClassShare(s[0], s[1], s[2], s[3], s[4],
                contributions == 0 ? 0 : round((double) s[2] / contributions),
                hosted == 0 ? 0 : round((double) s[3] / hosted))));
        return result;
    }

    private List<String> notHeard(List<Collectivity> members, List<Long> meetingIds) {
        Set<String> heard = new HashSet<>();
        jdbc.sql("""
                select i.proposed_by_siren from agenda_item i where i.meeting_id in (:ids) and i.proposed_by_siren is not null
                union select p.collectivity_siren from item_position p join agenda_item i on i.id = p.agenda_item_id
                where i.meeting_id in (:ids)
                union select t.collectivity_siren from speaking_turn t join agenda_item i on i.id = t.agenda_item_id
                where i.meeting_id in (:ids) and t.collectivity_siren is not null and t.spoken_at is not null
                and t.withdrawn_at is null""")
                .param("ids", meetingIds).query(rs -> {
                    heard.add(rs.getString(1));
                });
        return members.stream().map(Collectivity::siren).filter(s -> !heard.contains(s)).toList();
    }

    private Map<String, Integer> countBySiren(String sql, Object... params) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            counts.put(rs.getString(1), rs.getInt(2));
        });
        return counts;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
