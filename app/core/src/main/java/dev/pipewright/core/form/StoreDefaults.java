package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What ADF Studio writes for a Copy source or sink, a Lookup source, or the store and format settings of Get
 * Metadata and Delete, when a dataset is picked: the types follow the dataset's format ({@code DelimitedText} →
 * {@code DelimitedTextSource}) and its store ({@code AzureBlobFSLocation} → {@code AzureBlobFSReadSettings}), with
 * the defaults ADF adds (as found in the corpus). An unknown dataset type gets nothing: the source is left alone.
 */
public final class StoreDefaults {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Sources whose query member is {@code sqlReaderQuery}. */
    public static final Set<String> SQL_SOURCES = Set.of("AzureSqlSource", "SqlServerSource", "SqlDWSource", "SqlMISource",
            "AmazonRdsForSqlServerSource", "SqlSource");
    /** Table sources whose query member is {@code query}. */
    public static final Set<String> QUERY_SOURCES = Set.of("PostgreSqlSource", "PostgreSqlV2Source", "AzurePostgreSqlSource", "MySqlSource",
            "AzureMySqlSource", "SnowflakeSource", "SnowflakeV2Source", "AmazonRedshiftSource", "OdbcSource", "SalesforceV2Source",
            "CosmosDbSqlApiSource");
    public static final Set<String> ORACLE_SOURCES = Set.of("OracleSource", "AmazonRdsForOracleSource");
    public static final Set<String> SQL_SINKS = Set.of("AzureSqlSink", "SqlServerSink", "SqlDWSink", "SqlMISink", "AzurePostgreSqlSink",
            "AzureMySqlSink", "SnowflakeSink", "SnowflakeV2Sink", "OracleSink");
    /** File formats: source type, sink type (null: read only), read and write format settings (null: none). */
    private record Format(String source, String sink, String read, String write) {
    }

    private static final Map<String, Format> FORMATS = Map.of(
            "DelimitedText", new Format("DelimitedTextSource", "DelimitedTextSink", "DelimitedTextReadSettings", "DelimitedTextWriteSettings"),
            "Parquet", new Format("ParquetSource", "ParquetSink", null, "ParquetWriteSettings"),
            "Json", new Format("JsonSource", "JsonSink", "JsonReadSettings", "JsonWriteSettings"),
            "Binary", new Format("BinarySource", "BinarySink", "BinaryReadSettings", null),
            "Avro", new Format("AvroSource", "AvroSink", null, "AvroWriteSettings"),
            "Orc", new Format("OrcSource", "OrcSink", null, "OrcWriteSettings"),
            "Excel", new Format("ExcelSource", null, null, null),
            "Xml", new Format("XmlSource", null, "XmlReadSettings", null));
    /** Location (or linked service) type → store settings prefix and whether ADF can write there. */
    private static final Map<String, String> STORES = Map.ofEntries(
            Map.entry("AzureBlobStorageLocation", "AzureBlobStorage"), Map.entry("AzureBlobStorage", "AzureBlobStorage"),
            Map.entry("AzureBlobFSLocation", "AzureBlobFS"), Map.entry("AzureBlobFS", "AzureBlobFS"),
            Map.entry("AzureDataLakeStoreLocation", "AzureDataLakeStore"), Map.entry("AzureDataLakeStore", "AzureDataLakeStore"),
            Map.entry("AzureFileStorageLocation", "AzureFileStorage"), Map.entry("AzureFileStorage", "AzureFileStorage"),
            Map.entry("SftpLocation", "Sftp"), Map.entry("Sftp", "Sftp"),
            Map.entry("FileServerLocation", "FileServer"), Map.entry("FileServer", "FileServer"),
            Map.entry("HttpServerLocation", "Http"), Map.entry("HttpServer", "Http"),
            Map.entry("AmazonS3Location", "AmazonS3"), Map.entry("AmazonS3", "AmazonS3"),
            Map.entry("FtpServerLocation", "Ftp"), Map.entry("FtpServer", "Ftp"),
            Map.entry("GoogleCloudStorageLocation", "GoogleCloudStorage"), Map.entry("GoogleCloudStorage", "GoogleCloudStorage"));
    private static final Set<String> READ_ONLY_STORES = Set.of("Http", "AmazonS3", "Ftp", "GoogleCloudStorage");
    /** Table datasets: source and sink types (sink null: ADF cannot write there). */
    private static final Map<String, String[]> TABLES = Map.ofEntries(
            Map.entry("AzureSqlTable", new String[] {"AzureSqlSource", "AzureSqlSink"}),
            Map.entry("SqlServerTable", new String[] {"SqlServerSource", "SqlServerSink"}),
            Map.entry("AzureSqlDWTable", new String[] {"SqlDWSource", "SqlDWSink"}),
            Map.entry("AzureSqlMITable", new String[] {"SqlMISource", "SqlMISink"}),
            Map.entry("AzurePostgreSqlTable", new String[] {"AzurePostgreSqlSource", "AzurePostgreSqlSink"}),
            Map.entry("PostgreSqlTable", new String[] {"PostgreSqlSource", null}),
            Map.entry("PostgreSqlV2Table", new String[] {"PostgreSqlV2Source", null}),
            Map.entry("AzureMySqlTable", new String[] {"AzureMySqlSource", "AzureMySqlSink"}),
            Map.entry("MySqlTable", new String[] {"MySqlSource", null}),
            Map.entry("OracleTable", new String[] {"OracleSource", "OracleSink"}),
            Map.entry("SnowflakeTable", new String[] {"SnowflakeSource", "SnowflakeSink"}),
            Map.entry("SnowflakeV2Table", new String[] {"SnowflakeV2Source", "SnowflakeV2Sink"}),
            Map.entry("RestResource", new String[] {"RestSource", "RestSink"}),
            Map.entry("CosmosDbSqlApiCollection", new String[] {"CosmosDbSqlApiSource", "CosmosDbSqlApiSink"}),
            Map.entry("CommonDataServiceForAppsEntity", new String[] {"CommonDataServiceForAppsSource", "CommonDataServiceForAppsSink"}));

    private StoreDefaults() {
    }

    /**
     * The member of a table source of type {@code sourceType} that holds its query ({@code sqlReaderQuery},
     * {@code oracleReaderQuery} or {@code query}); null for a source that has none.
     */
    public static String queryMember(String sourceType) {
        if (SQL_SOURCES.contains(sourceType)) return "sqlReaderQuery";
        if (ORACLE_SOURCES.contains(sourceType)) return "oracleReaderQuery";
        return QUERY_SOURCES.contains(sourceType) ? "query" : null;
    }

    /** The source ADF writes for a copy (or lookup) reading {@code dataset}; empty when the dataset's type is unknown. */
    public static Optional<ObjectNode> source(Factory factory, String dataset) {
        return factory.get(ResourceKind.DATASET, dataset).flatMap(d -> source(factory, d));
    }

    public static Optional<ObjectNode> sink(Factory factory, String dataset) {
        return factory.get(ResourceKind.DATASET, dataset).flatMap(d -> sink(factory, d));
    }

    /** Get Metadata's and Delete's {@code storeSettings} for a file dataset; empty for tables. */
    public static Optional<ObjectNode> readSettings(Factory factory, String dataset) {
        return factory.get(ResourceKind.DATASET, dataset).flatMap(d -> store(factory, d)).map(StoreDefaults::readSettings);
    }

    /** Get Metadata's {@code formatSettings} for a file dataset whose format has read settings. */
    public static Optional<ObjectNode> formatReadSettings(Factory factory, String dataset) {
        return factory.get(ResourceKind.DATASET, dataset).map(d -> FORMATS.get(d.type()))
                .filter(f -> f != null && f.read() != null).map(f -> typed(f.read()));
    }

    private static Optional<ObjectNode> source(Factory factory, Resource dataset) {
        Format format = FORMATS.get(dataset.type());
        if (format != null) {
            ObjectNode s = typed(format.source());
            store(factory, dataset).ifPresent(store -> s.set("storeSettings", readSettings(store)));
            if (format.read() != null) s.set("formatSettings", typed(format.read()));
            return Optional.of(s);
        }
        String[] table = TABLES.get(dataset.type());
        if (table == null) return Optional.empty();
        ObjectNode s = typed(table[0]);
        if (SQL_SOURCES.contains(table[0]) || ORACLE_SOURCES.contains(table[0])) {
            s.put("queryTimeout", "02:00:00");
            s.put("partitionOption", "None");
        } else if (table[0].equals("RestSource")) {
            s.put("httpRequestTimeout", "00:01:40");
            s.put("requestInterval", "00.00:00:00.010");
            s.put("requestMethod", "GET");
        }
        return Optional.of(s);
    }

    private static Optional<ObjectNode> sink(Factory factory, Resource dataset) {
        Format format = FORMATS.get(dataset.type());
        if (format != null) {
            if (format.sink() == null) return Optional.empty();
            Optional<String> store = store(factory, dataset);
            if (store.isPresent() && READ_ONLY_STORES.contains(store.get())) return Optional.empty();
            ObjectNode s = typed(format.sink());
            store.ifPresent(st -> s.set("storeSettings", writeSettings(st)));
            if (format.write() != null) {
                ObjectNode w = typed(format.write());
                if (format.write().equals("DelimitedTextWriteSettings")) {
                    w.put("quoteAllText", true);
                    w.put("fileExtension", ".txt");
                }
                s.set("formatSettings", w);
            }
            return Optional.of(s);
        }
        String[] table = TABLES.get(dataset.type());
        if (table == null || table[1] == null) return Optional.empty();
        ObjectNode s = typed(table[1]);
        if (table[1].equals("AzureSqlSink") || table[1].equals("SqlServerSink") || table[1].equals("SqlMISink")) {
            s.put("writeBehavior", "insert");
            s.put("sqlWriterUseTableLock", false);
        } else if (table[1].equals("RestSink")) {
            s.put("httpRequestTimeout", "00:01:40");
            s.put("requestInterval", 10);
            s.put("requestMethod", "POST");
        }
        return Optional.of(s);
    }

    /** The store settings prefix of a file dataset: its location's type, else its linked service's type. */
    private static Optional<String> store(Factory factory, Resource dataset) {
        String location = dataset.properties().path("typeProperties").path("location").path("type").asText("");
        if (STORES.containsKey(location)) return Optional.of(STORES.get(location));
        String ls = dataset.properties().path("linkedServiceName").path("referenceName").asText("");
        return factory.get(ResourceKind.LINKED_SERVICE, ls).map(Resource::type).map(STORES::get);
    }

    private static ObjectNode readSettings(String store) {
        ObjectNode r = typed(store + "ReadSettings");
        if (store.equals("Http")) {
            r.put("requestMethod", "GET");
            return r;
        }
        r.put("recursive", true);
        r.put("enablePartitionDiscovery", false);
        if (store.equals("Sftp")) r.put("disableChunking", false);
        return r;
    }

    private static ObjectNode writeSettings(String store) {
        ObjectNode w = typed(store + "WriteSettings");
        if (store.equals("Sftp")) {
            w.put("operationTimeout", "01:00:00");
            w.put("useTempFileRename", true);
        }
        return w;
    }

    private static ObjectNode typed(String type) {
        ObjectNode o = NODES.objectNode();
        o.put("type", type);
        return o;
    }
}
