package fr.nouage.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Writes an archive's rows into a database, table after table in the parts' order: generated ids
 * are given anew and every reference follows its row, accounts are matched by e-mail. Runs inside
 * the caller's transaction: a refusal half-way leaves nothing written.
 */
final class ArchiveLoader {

    private final List<TerritoryArchivePart> parts;
    private final JdbcClient db;
    private final SafeZip zip;
    private final ArchiveManifest manifest;
    private final Map<String, Map<Long, Long>> ids = new HashMap<>();
    private final Map<String, Integer> matched = new LinkedHashMap<>();

    ArchiveLoader(List<TerritoryArchivePart> parts, JdbcClient db, SafeZip zip, ArchiveManifest manifest) {
        this.parts = parts;
        this.db = db;
        this.zip = zip;
        this.manifest = manifest;
    }

    /**
     * Reads and checks the manifest, and that every entry belongs to a known table.
     *
     * @throws ArchiveRefusedException for a manifest of another format or naming unknown tables
     */
    static ArchiveManifest manifest(SafeZip zip, List<TerritoryArchivePart> parts) {
        if (!zip.has("manifest.json")) {
            throw new ArchiveRefusedException("archive.error.noManifest");
        }
        JsonNode node;
        try (InputStream in = zip.open("manifest.json")) {
            node = ArchiveWriter.JSON.readTree(in);
        } catch (JacksonException | IOException e) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
        if (node == null || !node.path("format").isIntegralNumber() || node.path("format").longValue() != ArchiveManifest.FORMAT) {
            throw new ArchiveRefusedException("archive.error.format", ArchiveManifest.FORMAT);
        }
        String siren = node.path("siren").asString("");
        if (!siren.matches("[0-9]{9}") || !node.path("rows").isObject()) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
        Map<String, String> known = new HashMap<>();
        parts.forEach(p -> p.tables().forEach(t -> known.put(t.name(), p.name())));
        Map<String, Integer> rows = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.path("rows").properties()) {
            if (!known.containsKey(e.getKey()) || !e.getValue().isIntegralNumber() || e.getValue().longValue() < 0) {
                throw new ArchiveRefusedException("archive.error.unknownTable", e.getKey());
            }
            // a count no archive this instance accepts could hold (2^40 rows…): refused, not overflowed
            if (!e.getValue().canConvertToInt()) {
                throw new ArchiveRefusedException("archive.error.counts", e.getKey());
            }
            rows.put(e.getKey(), e.getValue().intValue());
        }
        for (String name : zip.names()) {
            if (name.startsWith("data/")) {
                String[] path = name.substring(5, name.length() - 5).split("/");
                if (!path[0].equals(known.get(path[1]))) {
                    throw new ArchiveRefusedException("archive.error.unknownTable", path[1]);
                }
            } else if (name.startsWith("files/") && !known.containsKey(name.split("/")[1])) {
                throw new ArchiveRefusedException("archive.error.unknownTable", name.split("/")[1]);
            }
        }
        JsonNode files = node.path("files");
        if (!files.isMissingNode() && (!files.isIntegralNumber() || !files.canConvertToInt() || files.intValue() < 0)) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
        return new ArchiveManifest(ArchiveManifest.FORMAT, siren, instant(node.path("exportedAt").asString("")),
                node.path("appVersion").asString(""), Map.copyOf(rows), files.asInt(0));
    }

    /** Whether the database already holds the territory (a row of a table that refuses duplicates). */
    static boolean present(String siren, List<TerritoryArchivePart> parts, JdbcClient db) {
        for (TerritoryArchivePart part : parts) {
            for (ArchiveTable table : part.tables()) {
                if (table.isRefusedWhenPresent()
                        && db.sql(table.select()).param("siren", siren).query((ResultSetExtractor<Boolean>) ResultSet::next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Writes every table; returns the rows written (or matched) per table. */
    Map<String, Integer> load() {
        Map<String, Integer> written = new LinkedHashMap<>();
        for (TerritoryArchivePart part : parts) {
            for (ArchiveTable table : part.tables()) {
                written.put(table.name(), table(part.name(), table));
            }
        }
        return written;
    }

    /** Rows of each table that matched a row already there instead of being inserted. */
    Map<String, Integer> matched() {
        return Map.copyOf(matched);
    }

    private int table(String part, ArchiveTable table) {
        int expected = manifest.rows().getOrDefault(table.name(), 0);
        String entry = "data/" + part + "/" + table.name() + ".json";
        if (!zip.has(entry)) {
            if (expected > 0) {
                throw new ArchiveRefusedException("archive.error.missingEntry", entry);
            }
            return 0;
        }
        Map<String, Columns.Column> columns = Columns.of(db, table.name());
        int count = 0;
        try (InputStream in = zip.open(entry); JsonParser parser = ArchiveWriter.JSON.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new ArchiveRefusedException("archive.error.malformed");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                if (++count > expected) {
                    throw new ArchiveRefusedException("archive.error.counts", table.name());
                }
                row(table, columns, ArchiveWriter.JSON.readTree(parser));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new ArchiveRefusedException("archive.error.malformed");
            }
        } catch (JacksonException e) {
            throw new ArchiveRefusedException("archive.error.malformed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (count != expected) {
            throw new ArchiveRefusedException("archive.error.counts", table.name());
        }
        return count;
    }

    private void row(ArchiveTable table, Map<String, Columns.Column> columns, JsonNode row) {
        Map<String, Object> values = new LinkedHashMap<>();
        Long oldId = null;
        for (Map.Entry<String, JsonNode> field : row.properties()) {
            String name = field.getKey();
            Columns.Column column = columns.get(name);
            JsonNode node = field.getValue();
            if (column == null) {
                throw new ArchiveRefusedException("archive.error.unknownColumn", table.name(), name);
            }
            if (name.equals(table.generatedIdColumn())) {
                oldId = integral(node);
                continue;
            }
            ArchiveTable.Reference reference = table.referenceColumns().get(name);
            if (reference != null && !node.isNull()) {
                Long target = ids.getOrDefault(reference.table(), Map.of()).get(integral(node));
                if (target == null) {
                    switch (reference.missing()) {
                        case REFUSE -> throw new ArchiveRefusedException("archive.error.reference", table.name(), name);
                        case SKIP_ROW -> {
                            return;
                        }
                        case EMPTY -> {
                            // an author who did not travel with the territory
                        }
                    }
                }
                values.put(name, target);
            } else if (column.kind() == Columns.Kind.BINARY) {
                values.put(name, node.isNull() ? null : file(table, node));
            } else {
                values.put(name, Columns.parameter(column, node).getValue());
            }
        }
        values.putAll(table.fixedValues());
        checkScope(table, columns, values);
        if (!table.accepts(values)) {
            throw new ArchiveRefusedException("archive.error.row", table.name());
        }
        if (table.generatedIdColumn() != null && oldId == null) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
        Long id = table.matchColumns().isEmpty() ? null : match(table, columns, values);
        if (id != null) {
            matched.merge(table.name(), 1, Integer::sum);
        } else {
            id = insert(table, columns, values);
        }
        if (oldId != null) {
            ids.computeIfAbsent(table.name(), t -> new HashMap<>()).put(oldId, id);
        }
    }

    private void checkScope(ArchiveTable table, Map<String, Columns.Column> columns, Map<String, Object> values) {
        Set<String> scoped = new HashSet<>(List.of(table.scopeColumn(), "territory_siren"));
        for (String column : scoped) {
            if (columns.containsKey(column) && !manifest.siren().equals(values.get(column))) {
                throw new ArchiveRefusedException("archive.error.scope", table.name());
            }
        }
    }

    private Long match(ArchiveTable table, Map<String, Columns.Column> columns, Map<String, Object> values) {
        String where = table.matchColumns().stream().map(c -> c + " = ?").collect(Collectors.joining(" and "));
        List<Object> params = table.matchColumns().stream()
                .map(c -> (Object) Columns.parameter(columns.get(c), values.get(c))).toList();
        return db.sql("select " + table.generatedIdColumn() + " from " + table.name() + " where " + where)
                .params(params).query(Long.class).optional().orElse(null);
    }

    private Long insert(ArchiveTable table, Map<String, Columns.Column> columns, Map<String, Object> values) {
        List<String> names = new ArrayList<>(values.keySet());
        List<Object> params = names.stream().map(n -> (Object) Columns.parameter(columns.get(n), values.get(n))).toList();
        String sql = "insert into " + table.name() + " (" + String.join(", ", names) + ") values ("
                + names.stream().map(n -> "?").collect(Collectors.joining(", ")) + ")";
        if (table.generatedIdColumn() == null) {
            db.sql(sql).params(params).update();
            return null;
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql(sql).params(params).update(keys, table.generatedIdColumn());
        return keys.getKey().longValue();
    }

    private byte[] file(ArchiveTable table, JsonNode node) {
        String name = node.isString() ? node.stringValue() : "";
        if (!name.startsWith("files/" + table.name() + "/") || !zip.has(name)) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
        return zip.bytes(name);
    }

    private static long integral(JsonNode node) {
        if (!node.isIntegralNumber()) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
        return node.longValue();
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
    }
}
