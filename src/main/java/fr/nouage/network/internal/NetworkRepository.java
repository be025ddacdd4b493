package fr.nouage.network.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import fr.nouage.network.Network;
import fr.nouage.network.NetworkDocument;
import fr.nouage.network.NetworkKind;

/** Networks, their documents and their referents. */
@Repository
public class NetworkRepository {

    private static final String SELECT = """
            select id, territory_siren, name, kind, purpose, facilitator, pre_existing, started_on, channel_url, body_id
            from network
            """;

    private final JdbcClient jdbc;

    NetworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key that makes two names the same network (case and surrounding spaces aside). */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public boolean nameTaken(String territorySiren, String name) {
        return jdbc.sql("select count(*) from network where territory_siren = ? and name_key = ?")
                .params(territorySiren, nameKey(name)).query(Integer.class).single() > 0;
    }

    public long insert(Network n, String createdBy, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into network (territory_siren, name, name_key, kind, purpose, facilitator, pre_existing, started_on,
                    channel_url, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.territorySiren(), n.name(), nameKey(n.name()), n.kind().name(), n.purpose(), n.facilitator(),
                        n.preExisting(), n.startedOn() == null ? null : Date.valueOf(n.startedOn()), n.channelUrl(),
                        Timestamp.from(now), createdBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void setBody(long networkId, long bodyId) {
        jdbc.sql("update network set body_id = ? where id = ?").params(bodyId, networkId).update();
    }

    public Optional<Network> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(NetworkRepository::network).optional();
    }

    public List<Network> ofTerritory(String territorySiren) {
        return jdbc.sql(SELECT + " where territory_siren = ? order by name_key").param(territorySiren)
                .query(NetworkRepository::network).list();
    }

    private static Network network(ResultSet rs, int n) throws SQLException {
        Date started = rs.getDate("started_on");
        long bodyId = rs.getLong("body_id");
        Long body = rs.wasNull() ? null : bodyId;
        return new Network(rs.getLong("id"), rs.getString("territory_siren"), rs.getString("name"),
                NetworkKind.valueOf(rs.getString("kind")), rs.getString("purpose"), rs.getString("facilitator"),
                rs.getBoolean("pre_existing"), started == null ? null : started.toLocalDate(), rs.getString("channel_url"),
                body);
    }

    public void addDocument(long networkId, String fileName, String contentType, byte[] content, String sha256,
            String uploadedBy, Instant now) {
        jdbc.sql("""
                insert into network_document (network_id, file_name, content_type, size_bytes, sha256, content,
                    uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(networkId, fileName, contentType, content.length, sha256, content, Timestamp.from(now), uploadedBy)
                .update();
    }

    public List<NetworkDocument> documents(long networkId) {
        return jdbc.sql("""
                select id, file_name, content_type, size_bytes, uploaded_at, uploaded_by from network_document
                where network_id = ? order by uploaded_at desc, id desc""").param(networkId)
                .query((rs, n) -> new NetworkDocument(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6))).list();
    }

    public Optional<byte[]> content(long networkId, long documentId) {
        return jdbc.sql("select content from network_document where network_id = ? and id = ?")
                .params(networkId, documentId).query((rs, n) -> rs.getBytes(1)).optional();
    }

    /** Names (or replaces) the referent of a collectivité in a network. */
    public void putReferent(long networkId, String collectivitySiren, long accountId, boolean invited, String namedBy,
            Instant now) {
        jdbc.sql("delete from network_referent where network_id = ? and collectivity_siren = ?")
                .params(networkId, collectivitySiren).update();
        jdbc.sql("""
                insert into network_referent (network_id, collectivity_siren, account_id, invited, named_at, named_by)
                values (?, ?, ?, ?, ?, ?)""")
                .params(networkId, collectivitySiren, accountId, invited, Timestamp.from(now), namedBy).update();
    }

    /** A referent as stored: the account is named by its id only. */
    public record ReferentRow(long networkId, String collectivitySiren, long accountId, boolean invited, Instant namedAt) {
    }

    /** The referents of every network of a territory, by network then collectivité. */
    public List<ReferentRow> referents(String territorySiren) {
        return jdbc.sql("""
                select r.network_id, r.collectivity_siren, r.account_id, r.invited, r.named_at
                from network_referent r join network n on n.id = r.network_id
                where n.territory_siren = ? order by r.network_id, r.collectivity_siren""").param(territorySiren)
                .query((rs, n) -> new ReferentRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant())).list();
    }

    /** The collectivité whose referent the account is in a territory's networks, if any. */
    public Optional<String> collectivityOfReferent(String territorySiren, long accountId) {
        return jdbc.sql("""
                select r.collectivity_siren from network_referent r join network n on n.id = r.network_id
                where n.territory_siren = ? and r.account_id = ? fetch first 1 rows only""")
                .params(territorySiren, accountId).query(String.class).optional();
    }
}
