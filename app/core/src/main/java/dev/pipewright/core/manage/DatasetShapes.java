package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The dataset shapes the connectors serve, as ADF Studio writes them: file formats (DelimitedText, Json, Parquet,
 * Binary) on a location of the linked service's store, and SQL table datasets ({@code schema} + {@code table}).
 * Key orders are those of ADF's own files (the shared corpus: 509 DelimitedText, 77 Parquet, 33 Binary, 7 Json
 * datasets; SQL tables write {@code schema} before {@code typeProperties}, file datasets after it, Binary none).
 */
public final class DatasetShapes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public static final List<String> FILE_FORMATS = List.of("DelimitedText", "Json", "Parquet", "Binary");

    /** Linked service type → its location type. */
    public static final Map<String, String> LOCATIONS = Map.of(
            "AzureBlobStorage", "AzureBlobStorageLocation",
            "AzureBlobFS", "AzureBlobFSLocation",
            "FileServer", "FileServerLocation",
            "AzureFileStorage", "AzureFileStorageLocation",
            "Sftp", "SftpLocation",
            "HttpServer", "HttpServerLocation");

    /** Linked service type → its table dataset type. */
    public static final Map<String, String> TABLES = orderedMap(
            "AzureSqlDatabase", "AzureSqlTable",
            "SqlServer", "SqlServerTable",
            "AzureSqlDW", "AzureSqlDWTable",
            "AzureSqlMI", "AzureSqlMITable",
            "AzurePostgreSql", "AzurePostgreSqlTable",
            "PostgreSql", "PostgreSqlTable");

    /** ADF's order of {@code properties}: file datasets. */
    public static final List<String> FILE_PROPERTIES =
            List.of("description", "linkedServiceName", "parameters", "folder", "annotations", "type", "typeProperties", "schema", "structure");
    /** ADF's order of {@code properties}: table datasets. */
    public static final List<String> TABLE_PROPERTIES =
            List.of("description", "linkedServiceName", "parameters", "folder", "annotations", "type", "schema", "typeProperties", "structure");
    /** ADF's order of a DelimitedText dataset's {@code typeProperties}. */
    public static final List<String> DELIMITED_TEXT = List.of("location", "columnDelimiter", "rowDelimiter", "compressionCodec",
            "compressionLevel", "encodingName", "escapeChar", "firstRowAsHeader", "nullValue", "quoteChar");
    /** ADF's order of the other formats' {@code typeProperties}. */
    public static final List<String> OTHER_FORMATS = List.of("location", "encodingName", "compressionCodec", "compression");
    public static final List<String> TABLE = List.of("schema", "table", "tableName");
    /** ADF's order of a location: type, file, folder, then the container or file system. */
    public static final List<String> LOCATION = List.of("type", "relativeUrl", "fileName", "folderPath", "container", "fileSystem");

    /** One location field the form shows: its JSON key and its label in ADF's dataset view. */
    public record Field(String key, String label) {
    }

    private DatasetShapes() {
    }

    public static boolean isFileFormat(String datasetType) {
        return FILE_FORMATS.contains(datasetType);
    }

    public static boolean isTable(String datasetType) {
        return TABLES.containsValue(datasetType);
    }

    /** The location fields of a location type, in the order ADF's dataset view shows them. */
    public static List<Field> locationFields(String locationType) {
        return switch (locationType == null ? "" : locationType) {
            case "AzureBlobStorageLocation" -> List.of(new Field("container", "Container"), new Field("folderPath", "Directory"),
                    new Field("fileName", "File name"));
            case "AzureBlobFSLocation" -> List.of(new Field("fileSystem", "File system"), new Field("folderPath", "Directory"),
                    new Field("fileName", "File name"));
            case "HttpServerLocation" -> List.of(new Field("relativeUrl", "Relative URL"));
            default -> List.of(new Field("folderPath", "Directory"), new Field("fileName", "File name"));
        };
    }

    /** {@code properties} order for a dataset type. */
    public static List<String> propertiesOrder(String datasetType) {
        return isTable(datasetType) ? TABLE_PROPERTIES : FILE_PROPERTIES;
    }

    /** {@code typeProperties} order for a dataset type. */
    public static List<String> typePropertiesOrder(String datasetType) {
        if ("DelimitedText".equals(datasetType)) return DELIMITED_TEXT;
        return isTable(datasetType) ? TABLE : OTHER_FORMATS;
    }

    /** The dataset types a linked service of {@code linkedServiceType} serves: the file formats, or its table type. */
    public static List<String> datasetTypesFor(String linkedServiceType) {
        if (LOCATIONS.containsKey(linkedServiceType)) {
            return "HttpServer".equals(linkedServiceType) ? List.of("DelimitedText", "Json", "Binary") : FILE_FORMATS;
        }
        String table = TABLES.get(linkedServiceType);
        return table == null ? List.of() : List.of(table);
    }

    /** The linked service types whose stores hold datasets of {@code datasetType}. */
    public static List<String> linkedServiceTypesFor(String datasetType) {
        List<String> list = new ArrayList<>();
        for (String ls : LOCATIONS.keySet()) if (datasetTypesFor(ls).contains(datasetType)) list.add(ls);
        TABLES.forEach((ls, table) -> {
            if (table.equals(datasetType)) list.add(ls);
        });
        list.sort(String::compareTo);
        return list;
    }

    /**
     * A new dataset as ADF's "New dataset" writes it after the type and the linked service were chosen: DelimitedText
     * with ADF's defaults (comma, backslash escape, double quote, first row as header), Parquet with snappy, a table
     * with empty schema and table names.
     */
    public static ObjectNode newDataset(String name, String datasetType, String linkedService, String linkedServiceType) {
        ObjectNode json = NODES.objectNode();
        json.put("name", name);
        ObjectNode p = json.putObject("properties");
        ObjectNode ls = p.putObject("linkedServiceName");
        ls.put("referenceName", linkedService);
        ls.put("type", "LinkedServiceReference");
        p.putArray("annotations");
        p.put("type", datasetType);
        if (isTable(datasetType)) {
            p.putArray("schema");
            ObjectNode tp = p.putObject("typeProperties");
            tp.put("schema", "");
            tp.put("table", "");
            return json;
        }
        ObjectNode tp = p.putObject("typeProperties");
        ObjectNode location = tp.putObject("location");
        location.put("type", LOCATIONS.getOrDefault(linkedServiceType, "AzureBlobStorageLocation"));
        switch (datasetType) {
            case "DelimitedText" -> {
                tp.put("columnDelimiter", ",");
                tp.put("escapeChar", "\\");
                tp.put("firstRowAsHeader", true);
                tp.put("quoteChar", "\"");
            }
            case "Parquet" -> tp.put("compressionCodec", "snappy");
            default -> {
            }
        }
        if (!"Binary".equals(datasetType)) p.putArray("schema");
        return json;
    }

    /**
     * How a delimiter or other single-character setting is shown in a text field: control characters as escapes
     * ({@code \t}, {@code \n}, {@code \r}, a backslash-u and four hex digits for other control characters), a backslash as itself.
     */
    public static String shown(String value) {
        if (value == null) return "";
        StringBuilder sb = new StringBuilder();
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20) sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c)); else sb.append(c);
                }
            }
        }
        return sb.toString();
    }

    /** The value typed as {@link #shown}: {@code \t}, {@code \n}, {@code \r}, backslash-u with four hex digits are read as escapes, a lone backslash stays. */
    public static String typed(String text) {
        if (text == null) return "";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(i + 1);
                if (n == 't' || n == 'n' || n == 'r') {
                    sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : '\r');
                    i++;
                    continue;
                }
                if (n == 'u' && i + 5 < text.length() && text.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    sb.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                }
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * A text field's value as ADF stores it: text starting with {@code @} is dynamic content
     * ({@code {"value": "@…", "type": "Expression"}}), other text a string, empty text nothing (null).
     */
    public static JsonNode valueOf(String text) {
        if (text == null || text.isEmpty()) return null;
        if (text.startsWith("@")) return NODES.objectNode().put("value", text).put("type", "Expression");
        return NODES.textNode(text);
    }

    /** The text a field shows for a stored value: a string as is, an expression as its {@code @} text, else JSON. */
    public static String textOf(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) return "";
        if (value.isTextual()) return value.textValue();
        if (value.isObject() && "Expression".equals(value.path("type").asText()) && value.path("value").isTextual()) {
            return value.path("value").textValue();
        }
        return value.toString();
    }

    /**
     * One entry of a dataset's {@code schema} for an imported column, as ADF's "Import schema" writes it: file
     * formats give every column {@code String} (DelimitedText) or the inferred type; tables a SQL type.
     *
     * @param inferred the preview's inferred type: integer, decimal, boolean, date, timestamp, string, binary, object
     */
    public static ObjectNode schemaEntry(String datasetType, String column, String inferred) {
        ObjectNode entry = NODES.objectNode();
        entry.put("name", column);
        String t = inferred == null ? "string" : inferred.toLowerCase(Locale.ROOT);
        if (isTable(datasetType)) {
            boolean postgres = datasetType.contains("PostgreSql");
            entry.put("type", switch (t) {
                case "integer" -> postgres ? "integer" : "int";
                case "decimal" -> postgres ? "numeric" : "decimal";
                case "boolean" -> postgres ? "boolean" : "bit";
                case "date" -> "date";
                case "timestamp" -> postgres ? "timestamp" : "datetime2";
                case "binary" -> postgres ? "bytea" : "varbinary";
                default -> postgres ? "text" : "nvarchar";
            });
        } else if ("DelimitedText".equals(datasetType)) {
            entry.put("type", "String");
        } else {
            entry.put("type", switch (t) {
                case "integer" -> "Int64";
                case "decimal" -> "Decimal";
                case "boolean" -> "Boolean";
                case "date" -> "Date";
                case "timestamp" -> "DateTime";
                case "binary" -> "Byte[]";
                default -> "String";
            });
        }
        return entry;
    }

    /** The location type of a dataset's JSON ({@code typeProperties.location.type}), if any. */
    public static Optional<String> locationType(ObjectNode dataset) {
        JsonNode t = dataset.path("properties").path("typeProperties").path("location").path("type");
        return t.isTextual() ? Optional.of(t.textValue()) : Optional.empty();
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) map.put(pairs[i], pairs[i + 1]);
        return Collections.unmodifiableMap(map);
    }
}
