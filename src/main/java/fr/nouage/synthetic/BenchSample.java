package fr.nouage.synthetic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the benchmark which ids to load for a territory (its most furnished recent meeting, one of
 * its items and its most answered consultation); only when {@code nouage.bench.enabled} is true.
 */
@RestController
@ConditionalOnProperty(name = "nouage.bench.enabled", havingValue = "true")
class BenchSample {

    private final JdbcTemplate jdbc;

    BenchSample(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/bench/sample")
    Map<String, Object> sample(@RequestParam String territory) {
        Map<String, Object> sample = new HashMap<>();
        sample.put("territory", territory);
        List<Long> meetings = jdbc.queryForList("""
                select m.id from meeting m where m.territory_siren = ? and m.status = 'HELD'
                order by m.starts_at desc limit 1""", Long.class, territory);
        if (!meetings.isEmpty()) {
            sample.put("meetingId", meetings.get(0));
            sample.put("itemId", jdbc.queryForObject("select min(id) from agenda_item where meeting_id = ?", Long.class,
                    meetings.get(0)));
        }
        List<Long> consultations = jdbc.queryForList("""
                select c.id from consultation c where c.territory_siren = ?
                order by (select count(*) from consultation_answer a where a.consultation_id = c.id) desc, c.id desc
                limit 1""", Long.class, territory);
        if (!consultations.isEmpty()) {
            sample.put("consultationId", consultations.get(0));
        }
        return sample;
    }
}
