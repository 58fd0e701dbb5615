package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One field of the dataset editor's Connection tab: where it lives in the JSON, ADF's order of its parent object,
 * how text maps to the stored value, and the choices ADF's dataset view offers for it.
 *
 * @param id      the field's id in the form ({@code ds-<key>})
 * @param label   its label in ADF's dataset view
 * @param pointer the JSON pointer of its value
 * @param order   ADF's member order of the parent object (a new member goes in its place)
 * @param kind    how text maps to the value
 * @param choices suggested values (a combo box that also takes typed text), empty for a plain text field
 */
public record DatasetField(String id, String label, String pointer, List<String> order, Kind kind, List<String> choices) {
    /** How a field's text becomes JSON. */
    public enum Kind {
        /** Text; {@code @…} is an expression; empty removes the member. */
        TEXT,
        /** A character setting shown with escapes ({@code \t}); empty is {@code ""} (none), kept. */
        CHARACTER,
        /** Like {@link #CHARACTER}, but empty removes the member (ADF's default). */
        OPTIONAL_CHARACTER,
        /** Text kept even when empty (table datasets' schema and table). */
        KEPT_TEXT,
        /** A check box. */
        BOOLEAN
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String TP = "/properties/typeProperties/";

    /** The fields for a dataset of {@code type} whose location is {@code locationType}, in ADF's order on screen. */
    public static List<DatasetField> forDataset(String type, String locationType) {
        List<DatasetField> fields = new ArrayList<>();
        if (DatasetShapes.isTable(type)) {
            fields.add(new DatasetField("ds-table-schema", "Schema", TP + "schema", DatasetShapes.TABLE, Kind.KEPT_TEXT, List.of()));
            fields.add(new DatasetField("ds-table-name", "Table", TP + "table", DatasetShapes.TABLE, Kind.KEPT_TEXT, List.of()));
            return fields;
        }
        if (!DatasetShapes.isFileFormat(type)) return fields;
        for (DatasetShapes.Field f : DatasetShapes.locationFields(locationType)) {
            fields.add(new DatasetField("ds-location-" + f.key(), f.label(), TP + "location/" + f.key(), DatasetShapes.LOCATION, Kind.TEXT, List.of()));
        }
        List<String> order = DatasetShapes.typePropertiesOrder(type);
        switch (type) {
            case "DelimitedText" -> {
                fields.add(field("columnDelimiter", "Column delimiter", order, Kind.CHARACTER, ",", ";", "|", "\\t", "\\u0001"));
                fields.add(field("rowDelimiter", "Row delimiter (empty: \\r\\n, \\r or \\n)", order, Kind.OPTIONAL_CHARACTER, "\\n", "\\r\\n", "\\r"));
                fields.add(field("encodingName", "Encoding (empty: UTF-8)", order, Kind.TEXT, "UTF-8", "UTF-16", "US-ASCII", "ISO-8859-1", "WINDOWS-1252"));
                fields.add(field("compressionCodec", "Compression type", order, Kind.TEXT, "gzip", "deflate", "bzip2", "ZipDeflate", "TarGzip", "Tar", "snappy", "lz4"));
                fields.add(field("compressionLevel", "Compression level", order, Kind.TEXT, "Optimal", "Fastest"));
                fields.add(field("escapeChar", "Escape character", order, Kind.CHARACTER, "\\", "\""));
                fields.add(field("quoteChar", "Quote character", order, Kind.CHARACTER, "\"", "'"));
                fields.add(field("firstRowAsHeader", "First row as header", order, Kind.BOOLEAN));
                fields.add(field("nullValue", "Null value", order, Kind.TEXT));
            }
            case "Json" -> {
                fields.add(field("encodingName", "Encoding (empty: UTF-8)", order, Kind.TEXT, "UTF-8", "UTF-16", "US-ASCII", "ISO-8859-1"));
                fields.add(new DatasetField("ds-compression-type", "Compression type", TP + "compression/type", List.of("type", "level"),
                        Kind.TEXT, List.of("gzip", "deflate", "bzip2", "ZipDeflate", "TarGzip", "Tar", "snappy", "lz4")));
                fields.add(new DatasetField("ds-compression-level", "Compression level", TP + "compression/level", List.of("type", "level"),
                        Kind.TEXT, List.of("Optimal", "Fastest")));
            }
            case "Parquet" -> fields.add(field("compressionCodec", "Compression type", order, Kind.TEXT, "snappy", "gzip", "lzo", "none"));
            default -> {
            }
        }
        return fields;
    }

    private static DatasetField field(String key, String label, List<String> order, Kind kind, String... choices) {
        return new DatasetField("ds-" + key, label, TP + key, order, kind, List.of(choices));
    }

    /** The text the field shows for the dataset's JSON. */
    public String text(ObjectNode json) {
        JsonNode v = json.at(pointer);
        if (v.isMissingNode()) return kind == Kind.BOOLEAN ? "false" : "";
        if (kind == Kind.BOOLEAN) return v.isBoolean() ? String.valueOf(v.booleanValue()) : DatasetShapes.textOf(v);
        if ((kind == Kind.CHARACTER || kind == Kind.OPTIONAL_CHARACTER) && v.isTextual()) return DatasetShapes.shown(v.textValue());
        return DatasetShapes.textOf(v);
    }

    /** The value typed text stands for; null removes the member. */
    public JsonNode value(String text) {
        String t = text == null ? "" : text;
        return switch (kind) {
            case BOOLEAN -> t.startsWith("@") ? DatasetShapes.valueOf(t) : BooleanNode.valueOf(Boolean.parseBoolean(t));
            case CHARACTER -> t.startsWith("@") ? DatasetShapes.valueOf(t) : NODES.textNode(DatasetShapes.typed(t));
            case OPTIONAL_CHARACTER -> t.isEmpty() ? null : t.startsWith("@") ? DatasetShapes.valueOf(t) : NODES.textNode(DatasetShapes.typed(t));
            case KEPT_TEXT -> t.startsWith("@") ? DatasetShapes.valueOf(t) : NODES.textNode(t);
            case TEXT -> DatasetShapes.valueOf(t);
        };
    }

    /** The key of the member the field sets. */
    public String key() {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }
}
