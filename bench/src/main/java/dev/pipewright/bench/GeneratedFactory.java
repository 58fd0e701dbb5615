package dev.pipewright.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a synthetic factory of exactly {@code total} resources in ADF's git layout and format, shaped like a
 * large real one: about half pipelines (each with a Lookup, a ForEach with a Copy inside, and an Execute
 * Pipeline), two fifths datasets, the rest linked services, IRs and triggers, all cross-referenced.
 */
final class GeneratedFactory {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GeneratedFactory() {
    }

    static void write(Path root, int total) throws IOException {
        write(root, total, false);
    }

    /**
     * With {@code acyclic}, each pipeline's Execute Pipeline runs the next one and the last runs itself, instead of the
     * last running the first: a chain, not a cycle, so ARM can deploy the published templates.
     */
    static void write(Path root, int total, boolean acyclic) throws IOException {
        int runtimes = 10;
        int linkedServices = total / 20;
        int triggers = total / 20;
        int datasets = total * 2 / 5;
        int pipelines = total - 1 - runtimes - linkedServices - triggers - datasets;
        file(root, "factory/BenchFactory.json", JSON.readTree("""
                {"name": "BenchFactory", "properties": {"globalParameters": {"env": {"type": "string", "value": "bench"}}}, "location": "eastus"}"""));
        for (int i = 0; i < runtimes; i++) {
            file(root, "integrationRuntime/SHIR-" + i + ".json", JSON.readTree(
                    "{\"name\": \"SHIR-" + i + "\", \"properties\": {\"type\": \"SelfHosted\", \"description\": \"runtime " + i + "\"}}"));
        }
        for (int i = 0; i < linkedServices; i++) {
            ObjectNode ls = (ObjectNode) JSON.readTree("""
                    {"name": "LS_%d", "properties": {"annotations": [], "type": "AzureSqlDatabase", "typeProperties": {
                      "connectionString": "Integrated Security=False;Data Source=sql%d.database.windows.net;Initial Catalog=db%d"},
                      "connectVia": {"referenceName": "SHIR-%d", "type": "IntegrationRuntimeReference"}}}""".formatted(i, i, i, i % runtimes));
            file(root, "linkedService/LS_" + i + ".json", ls);
        }
        for (int i = 0; i < datasets; i++) {
            file(root, "dataset/DS_" + i + ".json", JSON.readTree("""
                    {"name": "DS_%d", "properties": {"linkedServiceName": {"referenceName": "LS_%d", "type": "LinkedServiceReference"},
                      "folder": {"name": "Folder%d"}, "annotations": [], "type": "AzureSqlTable", "schema": [],
                      "typeProperties": {"schema": "dbo", "table": "Table%d"}}}""".formatted(i, i % linkedServices, i % 50, i)));
        }
        for (int i = 0; i < pipelines; i++) {
            int next = acyclic ? Math.min(i + 1, pipelines - 1) : (i + 1) % pipelines;
            file(root, "pipeline/PL_" + i + ".json", pipeline(i, next, datasets));
        }
        for (int i = 0; i < triggers; i++) {
            file(root, "trigger/TR_" + i + ".json", JSON.readTree("""
                    {"name": "TR_%d", "properties": {"annotations": [], "runtimeState": "Started", "pipelines": [{"pipelineReference":
                      {"referenceName": "PL_%d", "type": "PipelineReference"}, "parameters": {}}], "type": "ScheduleTrigger",
                      "typeProperties": {"recurrence": {"frequency": "Hour", "interval": 1, "startTime": "2026-01-01T00:00:00Z", "timeZone": "UTC"}}}}"""
                    .formatted(i, i % pipelines)));
        }
    }

    private static ObjectNode pipeline(int i, int next, int datasets) throws IOException {
        String source = "DS_" + (i % datasets);
        String sink = "DS_" + ((i + 1) % datasets);
        ObjectNode p = (ObjectNode) JSON.readTree("""
                {"name": "PL_%d", "properties": {"activities": [
                  {"name": "Lookup", "type": "Lookup", "dependsOn": [], "policy": {"timeout": "0.12:00:00", "retry": 0}, "userProperties": [],
                   "typeProperties": {"source": {"type": "AzureSqlSource", "sqlReaderQuery": "SELECT id FROM t WHERE d = '@{pipeline().parameters.day}'"},
                     "dataset": {"referenceName": "%s", "type": "DatasetReference"}, "firstRowOnly": false}},
                  {"name": "ForEachRow", "type": "ForEach", "dependsOn": [{"activity": "Lookup", "dependencyConditions": ["Succeeded"]}], "userProperties": [],
                   "typeProperties": {"items": {"value": "@activity('Lookup').output.value", "type": "Expression"}, "batchCount": 10,
                     "activities": [{"name": "Copy", "type": "Copy", "dependsOn": [], "userProperties": [],
                       "typeProperties": {"source": {"type": "AzureSqlSource"}, "sink": {"type": "AzureSqlSink"}},
                       "inputs": [{"referenceName": "%s", "type": "DatasetReference"}],
                       "outputs": [{"referenceName": "%s", "type": "DatasetReference"}]}]}},
                  {"name": "Next", "type": "ExecutePipeline", "dependsOn": [{"activity": "ForEachRow", "dependencyConditions": ["Completed"]}],
                   "userProperties": [], "typeProperties": {"pipeline": {"referenceName": "PL_%d", "type": "PipelineReference"}, "waitOnCompletion": true}}],
                  "parameters": {"day": {"type": "string", "defaultValue": "2026-11-24"}}, "folder": {"name": "Area%d"}, "annotations": []}}"""
                .formatted(i, source, source, sink, next, i % 40));
        return p;
    }

    private static void file(Path root, String relative, com.fasterxml.jackson.databind.JsonNode json) throws IOException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.write(path, AdfJsonWriter.prettyBytes(json));
    }
}
