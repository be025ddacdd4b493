package fr.nouage.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a territory's archive: one JSON array per table ({@code data/<part>/<table>.json}), one
 * file per stored value ({@code files/<table>/<row>.<column>}), and the manifest last.
 */
final class ArchiveWriter {

    /** Reads rows one by one from a table's array, so the array goes on after each row. */
    static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ZipOutputStream zip;
    private final Map<String, Integer> rows = new LinkedHashMap<>();
    private int files;

    private ArchiveWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    /** Writes the archive of {@code siren} from the database of {@code db}; returns its manifest. */
    static ArchiveManifest write(String siren, List<TerritoryArchivePart> parts, JdbcClient db, String appVersion,
            Instant now, OutputStream out) {
        ArchiveWriter writer = new ArchiveWriter(out);
        try {
            for (TerritoryArchivePart part : parts) {
                for (ArchiveTable table : part.tables()) {
                    writer.table(part.name(), table, siren, db);
                }
            }
            ArchiveManifest manifest = new ArchiveManifest(ArchiveManifest.FORMAT, siren, now, appVersion,
                    Map.copyOf(writer.rows), writer.files);
            writer.entry("manifest.json", manifestJson(manifest, writer.rows));
            writer.zip.finish();
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void table(String part, ArchiveTable table, String siren, JdbcClient db) throws IOException {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        int[] count = {0};
        try (JsonGenerator out = JSON.createGenerator(json)) {
            out.writeStartArray();
            db.sql(table.select()).param("siren", siren).query(new RowCallbackHandler() {
                private String[] names;
                private Columns.Kind[] kinds;

                @Override
                public void processRow(ResultSet rs) throws SQLException {
                    if (names == null) {
                        ResultSetMetaData meta = rs.getMetaData();
                        names = new String[meta.getColumnCount()];
                        kinds = new Columns.Kind[names.length];
                        for (int i = 0; i < names.length; i++) {
                            names[i] = meta.getColumnLabel(i + 1).toLowerCase(Locale.ROOT);
                            kinds[i] = Columns.kind(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
                        }
                    }
                    count[0]++;
                    out.writeStartObject();
                    for (int i = 0; i < names.length; i++) {
                        out.writeName(names[i]);
                        Object value = Columns.read(rs, i + 1, kinds[i]);
                        if (value != null && table.randomizedColumns().contains(names[i])) {
                            value = randomHex();
                        }
                        value(out, value, table.name(), count[0], names[i]);
                    }
                    out.writeEndObject();
                }
            });
            out.writeEndArray();
        }
        entry("data/" + part + "/" + table.name() + ".json", json.toByteArray());
        rows.put(table.name(), count[0]);
    }

    private void value(JsonGenerator out, Object value, String table, int row, String column) {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof Long l) {
            out.writeNumber(l);
        } else if (value instanceof Integer i) {
            out.writeNumber(i);
        } else if (value instanceof BigDecimal d) {
            out.writeNumber(d);
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof byte[] bytes) {
            String name = "files/" + table + "/" + row + "." + column;
            entry(name, bytes);
            files++;
            out.writeString(name);
        } else {
            out.writeString(value.toString());
        }
    }

    private void entry(String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] manifestJson(ArchiveManifest manifest, Map<String, Integer> rows) {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", manifest.format());
        node.put("siren", manifest.siren());
        node.put("exportedAt", manifest.exportedAt().toString());
        node.put("appVersion", manifest.appVersion());
        ObjectNode tables = node.putObject("rows");
        rows.forEach(tables::put);
        node.put("files", manifest.files());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
    }

    private static String randomHex() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
