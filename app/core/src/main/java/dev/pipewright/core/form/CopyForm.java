package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.KeyOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.pipewright.core.form.Specs.NODES;
import static dev.pipewright.core.form.Specs.isTrue;
import static dev.pipewright.core.form.Specs.oneOf;
import static dev.pipewright.core.form.Specs.present;

/**
 * The Copy activity's tabs as ADF Studio has them — Source, Sink, Mapping, Settings — and the order ADF writes
 * its {@code typeProperties} in. The order of members that the corpus shows is kept; where the corpus is silent
 * (parallelCopies, skipErrorFile) the members sit where ADF's documentation lists them.
 */
final class CopyForm {
    static final List<String> TYPE_PROPERTIES = List.of("source", "sink", "enableStaging", "stagingSettings", "parallelCopies",
            "enableSkipIncompatibleRow", "redirectIncompatibleRowSettings", "skipErrorFile", "validateDataConsistency", "logSettings",
            "logStorageSettings", "dataIntegrationUnits", "translator", "preserveRules", "preserve");
    static final List<String> SOURCE = List.of("type", "sqlReaderQuery", "sqlReaderStoredProcedureName", "storedProcedureParameters",
            "query", "oracleReaderQuery", "queryTimeout", "partitionOption", "storeSettings", "formatSettings");
    static final List<String> SINK = List.of("type", "storeSettings", "formatSettings", "preCopyScript", "writeBehavior",
            "sqlWriterUseTableLock", "tableOption", "importSettings", "disableMetricsCollection");
    static final List<String> READ_SETTINGS = List.of("type", "recursive", "modifiedDatetimeStart", "modifiedDatetimeEnd",
            "wildcardFolderPath", "wildcardFileName", "enablePartitionDiscovery");
    private static final Set<String> TABLE_SINKS = Set.of("AzureSqlSink", "SqlServerSink", "SqlDWSink", "SqlMISink");

    private CopyForm() {
    }

    static KeyOrder order(KeyOrder order) {
        return order.at("typeProperties", TYPE_PROPERTIES)
                .at("typeProperties/source", SOURCE)
                .at("typeProperties/sink", SINK)
                .at("typeProperties/source/storeSettings", READ_SETTINGS)
                .at("typeProperties/stagingSettings", "linkedServiceName", "path", "enableCompression")
                .at("typeProperties/skipErrorFile", "fileMissing", "fileForbidden", "dataInconsistency", "invalidFileName")
                .at("typeProperties/translator", "type", "mappings", "typeConversion", "typeConversionSettings");
    }

    static List<FormTab> tabs() {
        return List.of(new FormTab("Source", source()), new FormTab("Sink", sink()), new FormTab("Mapping", mapping()),
                new FormTab("Settings", settings()));
    }

    /** The query fields of a table source at {@code source} (a Copy's or a Lookup's): the member depends on the store. */
    static List<Field> queries(String key, String source) {
        return List.of(
                Field.multiline(key, "Query", source + "/sqlReaderQuery").dynamic().optional()
                        .hint("Empty: the whole table").shownWhen(oneOf(source + "/type", StoreDefaults.SQL_SOURCES)),
                Field.multiline(key + "-oracle", "Query", source + "/oracleReaderQuery").dynamic().optional()
                        .hint("Empty: the whole table").shownWhen(oneOf(source + "/type", StoreDefaults.ORACLE_SOURCES)),
                Field.multiline(key + "-generic", "Query", source + "/query").dynamic().optional()
                        .hint("Empty: the whole table").shownWhen(oneOf(source + "/type", StoreDefaults.QUERY_SOURCES)));
    }

    private static List<Field> source() {
        List<Field> fields = new ArrayList<>(Specs.dataset("source-dataset", "Source dataset", "inputs/0",
                Specs.rewrite("typeProperties/source", (form, name) -> StoreDefaults.source(form.factory(), name)), "preview-source"));
        fields.addAll(queries("source-query", "typeProperties/source"));
        String store = "typeProperties/source/storeSettings";
        fields.add(Field.bool("source-recursive", "Recursively", store + "/recursive").shownWhen(fileStore(store)));
        fields.add(Field.text("source-wildcard", "Wildcard file name", store + "/wildcardFileName").dynamic().optional()
                .hint("e.g. *.csv").shownWhen(fileStore(store)));
        return fields;
    }

    /** Store settings of a file store that lists folders (not HTTP). */
    static java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode> fileStore(String store) {
        return t -> present(store).test(t) && !t.at("/" + store + "/type").asText().equals("HttpReadSettings");
    }

    private static List<Field> sink() {
        List<Field> fields = new ArrayList<>(Specs.dataset("sink-dataset", "Sink dataset", "outputs/0",
                Specs.rewrite("typeProperties/sink", (form, name) -> StoreDefaults.sink(form.factory(), name)), "preview-sink"));
        fields.add(Field.multiline("sink-pre-copy-script", "Pre-copy script", "typeProperties/sink/preCopyScript").dynamic().optional()
                .shownWhen(oneOf("typeProperties/sink/type", StoreDefaults.SQL_SINKS)));
        fields.add(Field.choice("sink-table-option", "Table option", "typeProperties/sink/tableOption",
                List.of(Choice.none("Use existing"), Choice.of("Auto create table", "autoCreate")))
                .shownWhen(oneOf("typeProperties/sink/type", TABLE_SINKS)));
        fields.add(Field.choice("sink-copy-behavior", "Copy behavior", "typeProperties/sink/storeSettings/copyBehavior",
                List.of(Choice.none("None"), Choice.of("Preserve hierarchy", "PreserveHierarchy"), Choice.of("Flatten hierarchy", "FlattenHierarchy"),
                        Choice.of("Merge files", "MergeFiles"))).shownWhen(present("typeProperties/sink/storeSettings")));
        return fields;
    }

    private static List<Field> mapping() {
        ObjectNode translator = Specs.object("type", "TabularTranslator");
        ObjectNode row = NODES.objectNode();
        row.set("source", Specs.object("name", ""));
        row.set("sink", Specs.object("name", ""));
        return List.of(
                Field.bool("type-conversion", "Type conversion", "typeProperties/translator/typeConversion")
                        .parent("typeProperties/translator", translator).follow((form, target, value) -> {
                            if (value == null || !value.asBoolean() || !target.at("/typeProperties/translator/typeConversionSettings").isMissingNode()) {
                                return List.of();
                            }
                            ObjectNode settings = NODES.objectNode().put("allowDataTruncation", true).put("treatBooleanAsNumber", false);
                            return List.of(new Change("typeProperties/translator/typeConversionSettings", settings));
                        }),
                Field.table(Field.Kind.ROWS, "mappings", "Column mappings", "typeProperties/translator/mappings",
                                Column.text("Source column", "source/name", Field.Value.PLAIN), Column.text("Sink column", "sink/name", Field.Value.PLAIN))
                        .newRow(null, row).parent("typeProperties/translator", translator).optional());
    }

    private static List<Field> settings() {
        String staging = "typeProperties/enableStaging";
        return List.of(
                Field.integer("dataIntegrationUnits", "Maximum data integration units", "typeProperties/dataIntegrationUnits", 2, 256)
                        .dynamic().optional().hint("Auto"),
                Field.integer("parallelCopies", "Degree of copy parallelism", "typeProperties/parallelCopies", 1, null)
                        .dynamic().optional().hint("Auto"),
                Field.bool("enableStaging", "Enable staging", staging),
                Specs.linkedService("staging-linked-service", "Staging account linked service", "typeProperties/stagingSettings/linkedServiceName",
                        "AzureBlobStorage", "AzureBlobFS").shownWhen(isTrue(staging)),
                Field.text("staging-path", "Storage path", "typeProperties/stagingSettings/path").dynamic().optional()
                        .shownWhen(isTrue(staging)),
                Field.bool("staging-compression", "Enable compression", "typeProperties/stagingSettings/enableCompression").offRemoves()
                        .shownWhen(isTrue(staging)),
                Field.bool("skip-incompatible-rows", "Fault tolerance: skip incompatible rows", "typeProperties/enableSkipIncompatibleRow").offRemoves(),
                Field.bool("skip-missing-files", "Fault tolerance: skip missing files", "typeProperties/skipErrorFile/fileMissing").offRemoves(),
                Field.bool("skip-forbidden-files", "Fault tolerance: skip forbidden files", "typeProperties/skipErrorFile/fileForbidden").offRemoves(),
                Field.bool("validate-consistency", "Data consistency verification", "typeProperties/validateDataConsistency").offRemoves());
    }
}
