package dev.pipewright.plugin.files.format.parquet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Parquet's schema as preview columns, named with ADF's interim types (what a copy maps the column to):
 * BOOLEAN → Boolean; INT32/INT64 → Int32/Int64 (INT(8), INT(16) → Int16; unsigned to the next wider type);
 * FLOAT → Single; DOUBLE → Double; DECIMAL → Decimal; DATE, TIMESTAMP and INT96 → DateTime; TIME → TimeSpan;
 * STRING, ENUM, JSON → String; UUID → Guid; other binary → Byte[]. Groups, lists and maps are shown as JSON
 * text (String), as ADF's copy turns nested values into strings.
 */
final class ParquetColumns {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final long JULIAN_EPOCH_DAY = 2_440_588;

    private ParquetColumns() {
    }

    static List<Column> of(MessageType schema) {
        List<Column> cols = new ArrayList<>();
        for (Type t : schema.getFields()) cols.add(column(t));
        return cols;
    }

    private static Column column(Type t) {
        if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) return new Column(t.getName(), ColumnType.OBJECT, "String");
        PrimitiveType p = t.asPrimitiveType();
        LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
        if (a instanceof DecimalLogicalTypeAnnotation) return new Column(t.getName(), ColumnType.DECIMAL, "Decimal");
        return switch (p.getPrimitiveTypeName()) {
            case BOOLEAN -> new Column(t.getName(), ColumnType.BOOLEAN, "Boolean");
            case INT32, INT64 -> integer(t.getName(), p, a);
            case INT96 -> new Column(t.getName(), ColumnType.TIMESTAMP, "DateTime");
            case FLOAT -> new Column(t.getName(), ColumnType.DECIMAL, "Single");
            case DOUBLE -> new Column(t.getName(), ColumnType.DECIMAL, "Double");
            case BINARY, FIXED_LEN_BYTE_ARRAY -> binary(t.getName(), a);
        };
    }

    private static Column integer(String name, PrimitiveType p, LogicalTypeAnnotation a) {
        if (a instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) return new Column(name, ColumnType.DATE, "DateTime");
        if (a instanceof TimestampLogicalTypeAnnotation) return new Column(name, ColumnType.TIMESTAMP, "DateTime");
        if (a instanceof TimeLogicalTypeAnnotation) return new Column(name, ColumnType.STRING, "TimeSpan");
        boolean int64 = p.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT64;
        if (a instanceof IntLogicalTypeAnnotation i) {
            int bits = i.getBitWidth();
            if (!i.isSigned()) {
                String type = bits == 8 ? "Byte" : bits == 16 ? "Int32" : bits == 32 ? "Int64" : "Decimal";
                return new Column(name, bits == 64 ? ColumnType.DECIMAL : ColumnType.INTEGER, type);
            }
            return new Column(name, ColumnType.INTEGER, bits <= 16 ? "Int16" : bits == 32 ? "Int32" : "Int64");
        }
        return new Column(name, ColumnType.INTEGER, int64 ? "Int64" : "Int32");
    }

    private static Column binary(String name, LogicalTypeAnnotation a) {
        if (a instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation || a instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation) {
            return new Column(name, ColumnType.STRING, "String");
        }
        if (a instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) return new Column(name, ColumnType.OBJECT, "String");
        if (a instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) return new Column(name, ColumnType.STRING, "Guid");
        return new Column(name, ColumnType.BINARY, "Byte[]");
    }

    /** The value of top-level field {@code field} of a record, as the column's Java type (null when absent). */
    static Object value(Group record, int field) {
        Type t = record.getType().getType(field);
        int n = record.getFieldRepetitionCount(field);
        if (!t.isPrimitive() || t.isRepetition(Type.Repetition.REPEATED)) {
            if (n == 0) return t.isRepetition(Type.Repetition.REPEATED) ? "[]" : null;
            return json(record, field).toString();
        }
        return n == 0 ? null : primitive(record, field, 0, t.asPrimitiveType());
    }

    private static Object primitive(Group g, int field, int index, PrimitiveType p) {
        LogicalTypeAnnotation a = p.getLogicalTypeAnnotation();
        switch (p.getPrimitiveTypeName()) {
            case BOOLEAN:
                return g.getBoolean(field, index);
            case FLOAT:
                return Double.valueOf(Float.toString(g.getFloat(field, index)));
            case DOUBLE:
                return g.getDouble(field, index);
            case INT32: {
                int v = g.getInteger(field, index);
                if (a instanceof DecimalLogicalTypeAnnotation d) return BigDecimal.valueOf(v, d.getScale());
                if (a instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) return LocalDate.ofEpochDay(v);
                if (a instanceof TimeLogicalTypeAnnotation) return LocalTime.ofNanoOfDay(v * 1_000_000L);
                if (a instanceof IntLogicalTypeAnnotation i && !i.isSigned()) return Integer.toUnsignedLong(v);
                return (long) v;
            }
            case INT64: {
                long v = g.getLong(field, index);
                if (a instanceof DecimalLogicalTypeAnnotation d) return BigDecimal.valueOf(v, d.getScale());
                if (a instanceof TimestampLogicalTypeAnnotation ts) return timestamp(v, ts);
                if (a instanceof TimeLogicalTypeAnnotation tm) {
                    return LocalTime.ofNanoOfDay(tm.getUnit() == LogicalTypeAnnotation.TimeUnit.NANOS ? v : v * 1_000L);
                }
                if (a instanceof IntLogicalTypeAnnotation i && !i.isSigned() && v < 0) return new BigDecimal(Long.toUnsignedString(v));
                return v;
            }
            case INT96:
                return int96(g.getInt96(field, index));
            default: {
                Binary b = g.getBinary(field, index);
                if (a instanceof DecimalLogicalTypeAnnotation d) return new BigDecimal(new BigInteger(b.getBytes()), d.getScale());
                if (a instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
                    ByteBuffer u = b.toByteBuffer();
                    return new UUID(u.getLong(), u.getLong()).toString();
                }
                if (a instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation || a instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
                        || a instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
                    return b.toStringUsingUTF8();
                }
                return b.getBytes();
            }
        }
    }

    /** UTC-adjusted instants are shown in UTC with their offset; local timestamps as they are. */
    private static Object timestamp(long v, TimestampLogicalTypeAnnotation ts) {
        Instant at = switch (ts.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(v);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1_000L);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000_000L), Math.floorMod(v, 1_000_000_000L));
        };
        return ts.isAdjustedToUTC() ? at.atOffset(ZoneOffset.UTC) : LocalDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    /** Impala's (and Spark's, and ADF's older) INT96 timestamp: nanoseconds of the day and the Julian day, little-endian. */
    private static LocalDateTime int96(Binary b) {
        ByteBuffer buf = b.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        long nanos = buf.getLong();
        int julianDay = buf.getInt();
        return LocalDate.ofEpochDay(julianDay - JULIAN_EPOCH_DAY).atStartOfDay().plusNanos(nanos);
    }

    /** A group, list, map or repeated field as JSON. */
    private static JsonNode json(Group g, int field) {
        Type t = g.getType().getType(field);
        if (t.isRepetition(Type.Repetition.REPEATED)) {
            ArrayNode a = JSON.arrayNode();
            for (int i = 0; i < g.getFieldRepetitionCount(field); i++) a.add(one(g, field, i, t));
            return a;
        }
        return one(g, field, 0, t);
    }

    private static JsonNode one(Group g, int field, int index, Type t) {
        if (t.isPrimitive()) return scalar(primitive(g, field, index, t.asPrimitiveType()));
        Group child = g.getGroup(field, index);
        GroupType gt = t.asGroupType();
        LogicalTypeAnnotation a = gt.getLogicalTypeAnnotation();
        if (a instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation && gt.getFieldCount() == 1) {
            ArrayNode arr = JSON.arrayNode();
            Type repeated = gt.getType(0);
            for (int i = 0; i < child.getFieldRepetitionCount(0); i++) {
                if (repeated.isPrimitive() || repeated.asGroupType().getFieldCount() != 1) {
                    arr.add(one(child, 0, i, repeated)); // two-level list: the repeated field is the element
                } else {
                    Group item = child.getGroup(0, i);
                    arr.add(item.getFieldRepetitionCount(0) == 0 ? JSON.nullNode() : json(item, 0));
                }
            }
            return arr;
        }
        if ((a instanceof LogicalTypeAnnotation.MapLogicalTypeAnnotation || a instanceof LogicalTypeAnnotation.MapKeyValueTypeAnnotation)
                && gt.getFieldCount() == 1 && !gt.getType(0).isPrimitive()) {
            ObjectNode map = JSON.objectNode();
            for (int i = 0; i < child.getFieldRepetitionCount(0); i++) {
                Group kv = child.getGroup(0, i);
                String key = kv.getFieldRepetitionCount(0) == 0 ? "" : json(kv, 0).asText();
                map.set(key, kv.getType().getFieldCount() < 2 || kv.getFieldRepetitionCount(1) == 0 ? JSON.nullNode() : json(kv, 1));
            }
            return map;
        }
        ObjectNode o = JSON.objectNode();
        for (int f = 0; f < gt.getFieldCount(); f++) {
            o.set(gt.getFieldName(f), child.getFieldRepetitionCount(f) == 0 && !gt.getType(f).isRepetition(Type.Repetition.REPEATED)
                    ? JSON.nullNode() : json(child, f));
        }
        return o;
    }

    private static JsonNode scalar(Object v) {
        if (v instanceof Boolean b) return JSON.booleanNode(b);
        if (v instanceof Long l) return JSON.numberNode(l);
        if (v instanceof Double d) return JSON.numberNode(d);
        if (v instanceof BigDecimal d) return JSON.numberNode(d);
        if (v instanceof byte[] b) return JSON.textNode(Base64.getEncoder().encodeToString(b));
        return JSON.textNode(String.valueOf(v));
    }
}
