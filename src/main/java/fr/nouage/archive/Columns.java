package fr.nouage.archive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

import fr.nouage.platform.DateRange;

/**
 * The columns of a table as the database in place describes them, and the conversion of their
 * values to and from the archive's JSON: numbers, booleans and text as such, moments as ISO-8601
 * instants, dates as ISO dates, bytes as a separate file of the archive.
 */
final class Columns {

    /** How a column's values travel. */
    enum Kind { INTEGER, LONG, DECIMAL, BOOLEAN, TEXT, TIMESTAMP, DATE, BINARY }

    /** A column: its name (lower case), its kind and its JDBC type. */
    record Column(String name, Kind kind, int sqlType) {
    }

    private Columns() {
    }

    /** The columns of {@code table} in the database of {@code db}, by name. */
    static Map<String, Column> of(JdbcClient db, String table) {
        return db.sql("select * from " + table + " where 1 = 0").query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Column> columns = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
                int type = meta.getColumnType(i);
                columns.put(name, new Column(name, kind(type, meta.getColumnTypeName(i)), type));
            }
            return columns;
        });
    }

    static Kind kind(int sqlType, String typeName) {
        return switch (sqlType) {
            case Types.BIGINT -> Kind.LONG;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT -> Kind.DECIMAL;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR,
                    Types.LONGNVARCHAR, Types.NCLOB -> Kind.TEXT;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
            case Types.DATE -> Kind.DATE;
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
            default -> throw new IllegalStateException("column type " + typeName + " cannot travel in an archive");
        };
    }

    /** The value of column {@code i} of the current row, as JSON can hold it ({@code byte[]} for bytes). */
    static Object read(ResultSet rs, int i, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case LONG -> rs.getLong(i);
            case INTEGER -> rs.getInt(i);
            case DECIMAL -> rs.getBigDecimal(i);
            case BOOLEAN -> rs.getBoolean(i);
            case TEXT -> rs.getString(i);
            case TIMESTAMP -> {
                Timestamp t = rs.getTimestamp(i);
                yield t == null ? null : t.toInstant().toString();
            }
            case DATE -> {
                Date d = rs.getDate(i);
                yield d == null ? null : d.toLocalDate().toString();
            }
            case BINARY -> rs.getBytes(i);
        };
        return rs.wasNull() ? null : value;
    }

    /**
     * The JDBC parameter of a JSON value for {@code column}; binary columns are resolved by the caller.
     *
     * @throws ArchiveRefusedException when the value does not fit the column
     */
    static SqlParameterValue parameter(Column column, JsonNode node) {
        if (node == null || node.isNull()) {
            return new SqlParameterValue(column.sqlType(), null);
        }
        Object value = switch (column.kind()) {
            case LONG -> node.isIntegralNumber() ? node.longValue() : null;
            case INTEGER -> node.isIntegralNumber() ? (Object) Math.toIntExact(node.longValue()) : null;
            case DECIMAL -> node.isNumber() ? node.decimalValue() : null;
            case BOOLEAN -> node.isBoolean() ? node.booleanValue() : null;
            case TEXT -> node.isString() ? node.stringValue() : null;
            case TIMESTAMP -> node.isString() ? timestamp(node.stringValue()) : null;
            case DATE -> node.isString() ? date(node.stringValue()) : null;
            case BINARY -> throw new IllegalArgumentException("binary column " + column.name());
        };
        if (value == null) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
        return new SqlParameterValue(column.sqlType(), value);
    }

    /** A parameter for a value known in Java (ids given anew, fixed values, file contents). */
    static SqlParameterValue parameter(Column column, Object value) {
        return new SqlParameterValue(column.sqlType(), value);
    }

    private static Timestamp timestamp(String text) {
        try {
            return Timestamp.from(DateRange.require(Instant.parse(text), Columns::malformed));
        } catch (DateTimeParseException e) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
    }

    private static Date date(String text) {
        try {
            return Date.valueOf(DateRange.require(LocalDate.parse(text), Columns::malformed));
        } catch (DateTimeParseException e) {
            throw new ArchiveRefusedException("archive.error.malformed");
        }
    }

    /** A date out of range makes the archive malformed, whatever the message of the range. */
    private static ArchiveRefusedException malformed(String messageKey, Object... arguments) {
        return new ArchiveRefusedException("archive.error.malformed");
    }
}
