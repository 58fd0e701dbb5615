package dev.pipewright.studio.properties;

import dev.pipewright.core.form.TableEdits;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pipewright.studio.properties.FormFixture.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The type-specific tabs through their view models, without JavaFX controls: every edit writes exactly the JSON
 * (written out below by hand, in ADF's key order), refused values change nothing, undo gives back the exact bytes.
 */
class ActivityFormsTest {
    private static final String POLICY = """
            "policy": {"timeout": "0.12:00:00", "retry": 0, "retryIntervalInSeconds": 30, "secureOutput": false, "secureInput": false}""";

    @Test
    void copyTabsWriteSourceSinkAndSettingsInAdfsOrder() throws Exception {
        FormFixture fx = new FormFixture();
        String empty = fx.bytes();
        fx.add("Copy");
        String added = fx.bytes();
        assertEquals(List.of("Source", "Sink", "Mapping", "Settings"), fx.props.form().tabs().stream().map(FormViewModel.TabModel::name).toList());
        assertEquals(List.of("DS_Csv", "DS_Sql"), fx.field("source-dataset").options());

        assertTrue(fx.type("source-dataset", "DS_Csv"));
        var params = fx.field("source-dataset-parameters");
        assertEquals(List.of(new TableEdits.Cell("fileName", false, false, List.of()), new TableEdits.Cell("string", false, false, List.of()),
                new TableEdits.Cell("", true, false, List.of())), params.rows().get(0).cells(), "the dataset's parameter, to fill");
        assertTrue(params.commitCell(0, 2, "@item().name"));
        assertTrue(fx.field("source-dataset-parameters").rows().get(0).cells().get(2).expression());
        assertTrue(fx.type("sink-dataset", "DS_Sql"));
        assertTrue(fx.field("sink-pre-copy-script").shownProperty().get(), "a SQL sink has a pre-copy script");
        assertFalse(fx.field("source-query").shownProperty().get(), "a file source has no query");
        assertTrue(fx.type("dataIntegrationUnits", "8"));
        assertTrue(fx.type("parallelCopies", "4"));
        assertFalse(fx.field("staging-linked-service").shownProperty().get());
        assertTrue(fx.tick("enableStaging", true));
        assertTrue(fx.field("staging-linked-service").shownProperty().get());
        assertEquals(List.of("LS_Blob"), fx.field("staging-linked-service").options(), "only blob and lake accounts stage");
        assertTrue(fx.type("staging-linked-service", "LS_Blob"));
        assertTrue(fx.type("staging-path", "staging/copy"));
        assertTrue(fx.tick("skip-missing-files", true));

        assertJson("""
                {"name": "Copy data1", "type": "Copy", "dependsOn": [], %s, "userProperties": [],
                 "typeProperties": {
                   "source": {"type": "DelimitedTextSource",
                              "storeSettings": {"type": "AzureBlobStorageReadSettings", "recursive": true, "enablePartitionDiscovery": false},
                              "formatSettings": {"type": "DelimitedTextReadSettings"}},
                   "sink": {"type": "AzureSqlSink", "writeBehavior": "insert", "sqlWriterUseTableLock": false},
                   "enableStaging": true,
                   "stagingSettings": {"linkedServiceName": {"referenceName": "LS_Blob", "type": "LinkedServiceReference"}, "path": "staging/copy"},
                   "parallelCopies": 4,
                   "skipErrorFile": {"fileMissing": true},
                   "dataIntegrationUnits": 8},
                 "inputs": [{"referenceName": "DS_Csv", "type": "DatasetReference", "parameters": {"fileName": {"value": "@item().name", "type": "Expression"}}}],
                 "outputs": [{"referenceName": "DS_Sql", "type": "DatasetReference"}]}""".formatted(POLICY), fx.activity());

        String before = fx.bytes();
        assertFalse(fx.type("dataIntegrationUnits", "1"));
        assertTrue(fx.message().contains("from 2 to 256"), fx.message());
        assertEquals("1", fx.field("dataIntegrationUnits").textProperty().get(), "the field keeps the text");
        assertTrue(fx.field("dataIntegrationUnits").errorProperty().get().contains("from 2 to 256"), "marked with the reason");
        fx.field("dataIntegrationUnits").revert();
        assertEquals("8", fx.field("dataIntegrationUnits").textProperty().get(), "reverted: the model's value again");
        assertEquals("", fx.field("dataIntegrationUnits").errorProperty().get());
        assertFalse(fx.type("parallelCopies", "many"));
        assertEquals(before, fx.bytes(), "refused values change nothing");

        assertTrue(fx.type("dataIntegrationUnits", "@pipeline().parameters.diu"));
        assertTrue(fx.field("dataIntegrationUnits").expressionProperty().get());
        assertEquals("@pipeline().parameters.diu", fx.field("dataIntegrationUnits").textProperty().get());
        assertJson("{\"value\": \"@pipeline().parameters.diu\", \"type\": \"Expression\"}", fx.activity().at("/typeProperties/dataIntegrationUnits"));
        assertTrue(fx.type("dataIntegrationUnits", ""), "empty is Auto");
        assertTrue(fx.activity().at("/typeProperties/dataIntegrationUnits").isMissingNode());
        assertTrue(fx.tick("skip-missing-files", false));
        assertTrue(fx.activity().at("/typeProperties/skipErrorFile").isMissingNode(), "an emptied option group goes");

        fx.canvas.select(List.of());
        fx.canvas.select(List.of("Copy data1"));
        fx.undoAll();
        assertEquals(empty, fx.bytes());
        fx.canvas.stack().redo();
        assertEquals(added, fx.bytes());
    }

    @Test
    void forEachSettingsWithBatchCountInRange() throws Exception {
        FormFixture fx = new FormFixture();
        fx.add("ForEach");
        String added = fx.bytes();
        assertEquals("", fx.field("items").textProperty().get());
        assertTrue(fx.field("items").expressionProperty().get(), "items are always an expression");
        assertTrue(fx.type("items", "@pipeline().parameters.stores"));
        assertTrue(fx.tick("isSequential", true));
        assertFalse(fx.field("batchCount").shownProperty().get(), "no batch count when sequential");
        assertTrue(fx.tick("isSequential", false));
        for (String bad : List.of("0", "51", "ten", "@item()")) {
            String before = fx.bytes();
            assertFalse(fx.type("batchCount", bad), bad);
            assertTrue(fx.message().contains("from 1 to 50"), fx.message());
            assertEquals(before, fx.bytes());
        }
        assertTrue(fx.type("batchCount", "10"));
        assertJson("""
                {"name": "ForEach1", "type": "ForEach", "dependsOn": [], "userProperties": [],
                 "typeProperties": {"items": {"value": "@pipeline().parameters.stores", "type": "Expression"}, "isSequential": false,
                                    "batchCount": 10, "activities": []}}""", fx.activity());
        assertEquals("@pipeline().parameters.stores", fx.field("items").textProperty().get());
        for (int i = 0; i < 4; i++) fx.canvas.stack().undo();
        assertEquals(added, fx.bytes());
    }

    @Test
    void executePipelinePicksAPipelineOfTheFactoryAndFillsItsParameters() throws Exception {
        FormFixture fx = new FormFixture();
        fx.add("ExecutePipeline");
        String added = fx.bytes();
        assertEquals(List.of("PL_Child"), fx.field("pipeline").options(), "the factory's pipelines but this one");
        assertTrue(fx.type("pipeline", "PL_Child"));
        var params = fx.field("pipeline-parameters");
        assertEquals(2, params.rows().size());
        assertEquals("int", params.rows().get(1).cells().get(1).text());
        assertTrue(params.commitCell(0, 2, "2024-01-31"));
        assertFalse(params.commitCell(1, 2, "five"));
        assertTrue(fx.message().contains("not an int"), fx.message());
        assertTrue(params.commitCell(1, 2, "5"));
        assertTrue(fx.tick("waitOnCompletion", false));
        assertJson("""
                {"name": "Execute Pipeline1", "type": "ExecutePipeline", "dependsOn": [], "policy": {"secureInput": false}, "userProperties": [],
                 "typeProperties": {"pipeline": {"referenceName": "PL_Child", "type": "PipelineReference"}, "waitOnCompletion": false,
                                    "parameters": {"runDate": "2024-01-31", "count": 5}}}""", fx.activity());
        assertTrue(params.commitCell(1, 2, "@pipeline().parameters.n"));
        assertJson("{\"value\": \"@pipeline().parameters.n\", \"type\": \"Expression\"}", fx.activity().at("/typeProperties/parameters/count"));
        assertTrue(params.commitCell(0, 2, ""));
        assertTrue(params.commitCell(1, 2, ""));
        assertTrue(fx.activity().at("/typeProperties/parameters").isMissingNode(), "no values, no parameters member");
        assertFalse(fx.type("pipeline", "PL_Nope"));
        assertTrue(fx.message().contains("no pipeline named 'PL_Nope'"), fx.message());
        fx.undoAll();
        fx.canvas.stack().redo();
        assertEquals(added, fx.bytes());
    }

    @Test
    void setVariableTypesTheValueByTheVariableAndSetsAPipelineReturnValue() throws Exception {
        FormFixture fx = new FormFixture();
        fx.add("SetVariable");
        String added = fx.bytes();
        assertEquals(List.of("status", "files", "flag"), fx.field("variableName").options());
        assertTrue(fx.type("variableName", "flag"));
        assertTrue(fx.type("value", "true"));
        assertJson("""
                {"name": "Set variable1", "type": "SetVariable", "dependsOn": [], "policy": {"secureOutput": false, "secureInput": false},
                 "userProperties": [], "typeProperties": {"variableName": "flag", "value": true}}""", fx.activity());
        assertFalse(fx.type("value", "maybe"));
        assertTrue(fx.message().contains("not a Boolean"), fx.message());
        assertTrue(fx.type("variableName", "status"));
        assertTrue(fx.type("value", "@concat('a', 'b')"));
        assertTrue(fx.field("value").expressionProperty().get());

        assertTrue(fx.type("variable-type", "Pipeline return value"));
        assertFalse(fx.field("variableName").shownProperty().get());
        var rows = fx.field("return-values");
        assertTrue(rows.addRow());
        assertTrue(rows.commitCell(0, 1, "Int"));
        assertTrue(rows.commitCell(0, 2, "42"));
        assertJson("""
                {"name": "Set variable1", "type": "SetVariable", "dependsOn": [], "policy": {"secureOutput": false, "secureInput": false},
                 "userProperties": [], "typeProperties": {"variableName": "pipelineReturnValue",
                   "value": [{"key": "key1", "value": {"type": "Int", "content": 42}}], "setSystemVariable": true}}""", fx.activity());
        assertFalse(rows.commitCell(0, 2, "forty-two"));
        fx.undoAll();
        fx.canvas.stack().redo();
        assertEquals(added, fx.bytes());
    }

    @Test
    void webActivityWithHeadersBodyAndManagedIdentity() throws Exception {
        FormFixture fx = new FormFixture();
        fx.add("WebActivity");
        String added = fx.bytes();
        assertFalse(fx.field("body").shownProperty().get(), "GET has no body");
        assertTrue(fx.type("url", "https://api.contoso.com/refresh"));
        assertTrue(fx.type("method", "POST"));
        var headers = fx.field("headers");
        assertTrue(headers.addRow());
        assertTrue(headers.commitCell(0, 0, "Content-Type"));
        assertTrue(headers.commitCell(0, 1, "application/json"));
        assertTrue(fx.type("body", "@json(concat('{\"run\":\"', pipeline().RunId, '\"}'))"));
        assertTrue(fx.type("authentication", "System-assigned managed identity"));
        assertTrue(fx.type("auth-resource", "https://management.azure.com/"));
        assertJson("""
                {"name": "Web1", "type": "WebActivity", "dependsOn": [], %s, "userProperties": [],
                 "typeProperties": {"url": "https://api.contoso.com/refresh", "method": "POST", "headers": {"Content-Type": "application/json"},
                   "body": {"value": "@json(concat('{\\"run\\":\\"', pipeline().RunId, '\\"}'))", "type": "Expression"},
                   "authentication": {"type": "MSI", "resource": "https://management.azure.com/"}}}""".formatted(POLICY), fx.activity());
        assertFalse(headers.commitCell(0, 0, ""), "a header needs a name");
        assertTrue(fx.type("authentication", "None"));
        assertTrue(fx.activity().at("/typeProperties/authentication").isMissingNode());
        fx.undoAll();
        fx.canvas.stack().redo();
        assertEquals(added, fx.bytes());
    }

    @Test
    void switchCasesUntilTimeoutDataFlowComputeAndScriptOrder() throws Exception {
        FormFixture fx = new FormFixture();
        fx.add("Switch");
        assertTrue(fx.type("on", "@pipeline().parameters.region"));
        var cases = fx.field("cases");
        assertTrue(cases.addRow());
        assertTrue(cases.addRow());
        assertTrue(cases.commitCell(0, 0, "emea"));
        assertJson("""
                {"on": {"value": "@pipeline().parameters.region", "type": "Expression"},
                 "cases": [{"value": "emea", "activities": []}, {"value": "case2", "activities": []}], "defaultActivities": []}""",
                fx.activity().path("typeProperties"));

        fx.add("Until");
        assertFalse(fx.type("timeout", "12 hours"));
        assertTrue(fx.message().contains("d.hh:mm:ss"), fx.message());
        assertTrue(fx.type("timeout", "0.01:00:00"));
        assertEquals("0.01:00:00", fx.canvas.pipeline().json().at("/properties/activities/1/typeProperties/timeout").asText());

        fx.add("ExecuteDataFlow");
        assertTrue(fx.type("traceLevel", "Basic"));
        assertTrue(fx.type("computeType", "Memory optimized"));
        assertJson("""
                {"compute": {"coreCount": 8, "computeType": "MemoryOptimized"}, "traceLevel": "Coarse"}""",
                fx.canvas.pipeline().json().at("/properties/activities/2/typeProperties"));

        fx.add("Script");
        assertTrue(fx.type("linked-service", "LS_Sql"));
        assertTrue(fx.field("scripts").addRow());
        assertTrue(fx.field("scripts").commitCell(0, 1, "TRUNCATE TABLE stage.Sales"));
        assertJson("""
                {"name": "Script1", "type": "Script", "dependsOn": [], %s, "userProperties": [],
                 "linkedServiceName": {"referenceName": "LS_Sql", "type": "LinkedServiceReference"},
                 "typeProperties": {"scripts": [{"type": "Query", "text": "TRUNCATE TABLE stage.Sales"}], "scriptBlockExecutionTimeout": "02:00:00"}}"""
                .formatted(POLICY), fx.canvas.pipeline().json().at("/properties/activities/3"));
    }

    @Test
    void aFieldOfTabsNoLongerShownEditsNothing() throws Exception {
        FormFixture fx = new FormFixture();
        fx.add("Copy");
        FieldViewModel source = fx.field("source-dataset");
        fx.add("Lookup");
        String before = fx.bytes();
        source.textProperty().set("DS_Sql");
        assertFalse(source.commit(), "the Copy's field, after the Lookup was selected");
        assertEquals(before, fx.bytes());
    }
}
