package fr.nouage.network.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.network.Exchange;
import fr.nouage.network.ExchangeKind;

/** Exchanges between collectivités. */
@Repository
public class ExchangeRepository {

    private static final String SELECT = """
            select id, territory_siren, kind, first_siren, second_siren, held_on, first_learnt, second_learnt
            from network_exchange
            """;

    private final JdbcClient jdbc;

    ExchangeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(Exchange e, String createdBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into network_exchange (territory_siren, kind, first_siren, second_siren, held_on, first_learnt,
                    second_learnt, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.territorySiren(), e.kind().name(), e.firstSiren(), e.secondSiren(), Date.valueOf(e.on()),
                        e.firstLearnt(), e.secondLearnt(), Timestamp.from(now), createdBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The exchanges of a territory held in {@code [from, toExclusive)}, latest first. */
    public List<Exchange> between(String territorySiren, LocalDate from, LocalDate toExclusive) {
        return jdbc.sql(SELECT + " where territory_siren = ? and held_on >= ? and held_on < ? order by held_on desc, id desc")
                .params(territorySiren, Date.valueOf(from), Date.valueOf(toExclusive))
                .query((rs, n) -> new Exchange(rs.getLong(1), rs.getString(2), ExchangeKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8)))
                .list();
    }
}
