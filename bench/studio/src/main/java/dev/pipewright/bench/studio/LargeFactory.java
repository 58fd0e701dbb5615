package dev.pipewright.bench.studio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the canvas benchmark's factory in ADF's git layout: {@value #BIG} with {@code activities} activities in
 * {@value #ROWS} rows of dependency chains (every kind of condition, a ForEach with inner activities every
 * 25th activity, Copy activities on real datasets so placement badges are computed), and {@code pipelines - 1}
 * small pipelines in 20 folders so the resource tree holds the whole count.
 */
final class LargeFactory {
    static final String BIG = "Big500";
    static final String EMPTY = "Empty";
    private static final int ROWS = 20;
    private static final String[] CONDITIONS = {"Succeeded", "Failed", "Completed", "Skipped"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private LargeFactory() {
    }

    static void write(Path root, int pipelines, int activities) throws IOException {
        file(root, "factory/CanvasBench.json", "{\"name\": \"CanvasBench\", \"location\": \"westeurope\"}");
        file(root, "linkedService/LS_Blob.json", """
                {"name": "LS_Blob", "properties": {"annotations": [], "type": "AzureBlobStorage",
                  "typeProperties": {"connectionString": "DefaultEndpointsProtocol=https;AccountName=bench;EndpointSuffix=core.windows.net"}}}""");
        for (String ds : new String[] {"DS_In", "DS_Out"}) {
            file(root, "dataset/" + ds + ".json", """
                    {"name": "%s", "properties": {"linkedServiceName": {"referenceName": "LS_Blob", "type": "LinkedServiceReference"},
                      "annotations": [], "type": "DelimitedText", "typeProperties": {"location": {"type": "AzureBlobStorageLocation",
                      "fileName": "%s.csv", "container": "bench"}, "columnDelimiter": ",", "firstRowAsHeader": true}, "schema": []}}"""
                    .formatted(ds, ds));
        }
        file(root, "pipeline/" + BIG + ".json", AdfJsonWriter.prettyBytes(bigPipeline(activities)));
        file(root, "pipeline/" + EMPTY + ".json", """
                {"name": "Empty", "properties": {"activities": [{"name": "Only", "type": "Wait", "dependsOn": [], "userProperties": [],
                  "typeProperties": {"waitTimeInSeconds": 1}}], "annotations": []}}""");
        for (int i = 0; i < pipelines - 2; i++) {
            String name = String.format("PL_%04d", i);
            file(root, "pipeline/" + name + ".json", """
                    {"name": "%s", "properties": {"activities": [
                      {"name": "Look", "type": "Lookup", "dependsOn": [], "userProperties": [], "typeProperties": {
                        "source": {"type": "DelimitedTextSource"}, "dataset": {"referenceName": "DS_In", "type": "DatasetReference"}}},
                      {"name": "Pause", "type": "Wait", "dependsOn": [{"activity": "Look", "dependencyConditions": ["Succeeded"]}],
                        "userProperties": [], "typeProperties": {"waitTimeInSeconds": 5}}],
                      "folder": {"name": "Area%02d"}, "annotations": []}}""".formatted(name, i % 20));
        }
    }

    private static ObjectNode bigPipeline(int count) throws IOException {
        ObjectNode pipeline = (ObjectNode) JSON.readTree("{\"name\": \"" + BIG + "\", \"properties\": {\"activities\": [],"
                + " \"variables\": {\"v\": {\"type\": \"String\"}}, \"annotations\": []}}");
        ArrayNode list = (ArrayNode) pipeline.path("properties").path("activities");
        for (int i = 0; i < count; i++) {
            ObjectNode a = activity(i);
            ArrayNode dependsOn = a.putArray("dependsOn");
            if (i >= ROWS) { // the activity in the same row of the previous column, plus a cross link every few
                dependsOn.addObject().put("activity", "A" + (i - ROWS)).putArray("dependencyConditions").add(CONDITIONS[i % 2]);
                int other = i - ROWS + (i % ROWS == ROWS - 1 ? -1 : 1);
                if (i % 3 == 0) dependsOn.addObject().put("activity", "A" + other).putArray("dependencyConditions").add(CONDITIONS[2 + i % 2]);
            }
            a.putArray("userProperties");
            list.add(a);
        }
        return pipeline;
    }

    private static ObjectNode activity(int i) throws IOException {
        String name = "A" + i;
        if (i % 25 == 24) {
            return (ObjectNode) JSON.readTree("""
                    {"name": "%s", "type": "ForEach", "typeProperties": {"items": {"value": "@createArray(1,2,3)", "type": "Expression"},
                      "activities": [{"name": "%s_wait", "type": "Wait", "dependsOn": [], "userProperties": [], "typeProperties": {"waitTimeInSeconds": 1}},
                      {"name": "%s_set", "type": "SetVariable", "dependsOn": [{"activity": "%s_wait", "dependencyConditions": ["Succeeded"]}],
                       "userProperties": [], "typeProperties": {"variableName": "v", "value": "x"}}]}}""".formatted(name, name, name, name));
        }
        switch (i % 4) {
            case 0:
                return (ObjectNode) JSON.readTree("""
                        {"name": "%s", "type": "Copy", "typeProperties": {"source": {"type": "DelimitedTextSource"},
                          "sink": {"type": "DelimitedTextSink"}}, "inputs": [{"referenceName": "DS_In", "type": "DatasetReference"}],
                          "outputs": [{"referenceName": "DS_Out", "type": "DatasetReference"}]}""".formatted(name));
            case 1:
                return (ObjectNode) JSON.readTree("""
                        {"name": "%s", "type": "Lookup", "typeProperties": {"source": {"type": "DelimitedTextSource"},
                          "dataset": {"referenceName": "DS_In", "type": "DatasetReference"}}}""".formatted(name));
            case 2:
                return (ObjectNode) JSON.readTree("""
                        {"name": "%s", "type": "Web", "typeProperties": {"url": "https://example.org/%d", "method": "GET"}}""".formatted(name, i));
            default:
                return (ObjectNode) JSON.readTree("""
                        {"name": "%s", "type": "Wait", "typeProperties": {"waitTimeInSeconds": %d}}""".formatted(name, i % 60 + 1));
        }
    }

    private static void file(Path root, String relative, String json) throws IOException {
        file(root, relative, AdfJsonWriter.prettyBytes(JSON.readTree(json)));
    }

    private static void file(Path root, String relative, byte[] bytes) throws IOException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.write(path, bytes);
    }
}
