package fr.nouage.meeting;

import static fr.nouage.platform.DateFormats.PARIS;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Figures about a territory's meetings over a period, computed in a fixed number of queries
 * whatever the history (for parity views and the observatory).
 */
@Service
public class MeetingStatistics {

    /** Keeps the collective's meetings only: the meetings of steering committees and networks are not its parity. */
    private static final String COLLECTIVE = " and body_id in (select b.id from body b where b.kind = 'COLLECTIVE')";
    private static final String M_COLLECTIVE = " and m.body_id in (select b.id from body b where b.kind = 'COLLECTIVE')";

    private final JdbcClient jdbc;

    MeetingStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Participation of each collectivité that did anything in the period, keyed by SIREN. */
    public Map<String, ParticipationCounts> participation(String territorySiren, LocalDate from, LocalDate toInclusive) {
        Timestamp start = Timestamp.from(from.atStartOfDay(PARIS).toInstant());
        Timestamp end = Timestamp.from(toInclusive.plusDays(1).atStartOfDay(PARIS).toInstant());
        Map<String, int[]> counts = new HashMap<>();
        jdbc.sql("""
                select a.collectivity_siren, a.status, count(*) from attendance a join meeting m on m.id = a.meeting_id
                where m.territory_siren = ? and m.starts_at >= ? and m.starts_at < ? and m.status <> 'CANCELLED'"""
                + M_COLLECTIVE + " group by a.collectivity_siren, a.status").params(territorySiren, start, end).query(rs -> {
                    int[] c = counts.computeIfAbsent(rs.getString(1), k -> new int[5]);
                    c["EXCUSED".equals(rs.getString(2)) ? 1 : 0] += rs.getInt(3);
                });
        jdbc.sql("""
                select i.proposed_by_siren, count(*) from agenda_item i join meeting m on m.id = i.meeting_id
                where m.territory_siren = ? and m.starts_at >= ? and m.starts_at < ? and i.proposed_by_siren is not null"""
                + M_COLLECTIVE + " group by i.proposed_by_siren").params(territorySiren, start, end)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new int[5])[2] += rs.getInt(2);
                });
        jdbc.sql("""
                select host_siren, facilitator_siren from meeting
                where territory_siren = ? and starts_at >= ? and starts_at < ? and status <> 'CANCELLED'""" + COLLECTIVE)
                .params(territorySiren, start, end).query(rs -> {
                    if (rs.getString(1) != null) {
                        counts.computeIfAbsent(rs.getString(1), k -> new int[5])[3]++;
                    }
                    if (rs.getString(2) != null) {
                        counts.computeIfAbsent(rs.getString(2), k -> new int[5])[4]++;
                    }
                });
        Map<String, ParticipationCounts> result = new HashMap<>();
        counts.forEach((siren, c) -> result.put(siren, new ParticipationCounts(siren, c[0], c[1], c[2], c[3], c[4])));
        return result;
    }

    /** Number of the collective's meetings (not cancelled) in the period. */
    public int meetingCount(String territorySiren, LocalDate from, LocalDate toInclusive) {
        return jdbc.sql("select count(*) from meeting where territory_siren = ? and starts_at >= ? and starts_at < ? and status <> 'CANCELLED'"
                + COLLECTIVE)
                .params(territorySiren, Timestamp.from(from.atStartOfDay(PARIS).toInstant()),
                        Timestamp.from(toInclusive.plusDays(1).atStartOfDay(PARIS).toInstant()))
                .query(Integer.class).single();
    }

    /**
     * For each collectivité heard (item proposed, or a position/turn counted by the caller), the
     * ids of the most recent meetings, newest first: {@code limit} held meetings before {@code before}.
     */
    public List<Long> recentMeetings(String territorySiren, Instant before, int limit) {
        return jdbc.sql("select id from meeting where territory_siren = ? and starts_at < ? and status <> 'CANCELLED'" + COLLECTIVE
                + " order by starts_at desc limit ?")
                .params(territorySiren, Timestamp.from(before), limit).query(Long.class).list();
    }
}
