package dev.pipewright.plugin.databricks;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A workspace described by a hand-written JSON file (the profile's {@code "localEndpoint": {"workspace": "…"}}),
 * in the REST API's own response shapes: {@code {"clusters": [… as clusters/get returns …], "instance_pools": […],
 * "spark_versions": [{"key", "name"}], "node_types": [{"node_type_id", …}]}}. Read once per call; no network, no token.
 */
final class WorkspaceFile implements Workspace {
    static final List<String> FIELDS = List.of("clusters", "instance_pools", "spark_versions", "node_types");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String shown;
    private final JsonNode document;

    private WorkspaceFile(String shown, JsonNode document) {
        this.shown = shown;
        this.document = document;
    }

    /** Reads the bound file: NOT_FOUND when it is missing, FORMAT (with line:column) when it is not the expected JSON. */
    static WorkspaceFile read(LinkedServiceSpec ls) throws ConnectorException {
        String shown = ls.localEndpoint().string("workspace", "");
        Path file = ls.localPath("workspace").orElseThrow();
        String label = "The workspace stand-in file " + shown;
        if (!Files.isRegularFile(file)) {
            throw new ConnectorException(Failure.NOT_FOUND, label + " does not exist" + (file.toString().equals(shown) ? "" : " (" + file + ")"),
                    "Write it (clusters, instance_pools, spark_versions and node_types in the REST API's shapes; see docs/connectors.md), "
                            + "or fix localEndpoint.workspace, which is relative to the profile's folder");
        }
        JsonNode document;
        try {
            document = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            String why = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().lines().findFirst().orElse("");
            throw new ConnectorException(Failure.FORMAT, "The workspace stand-in file " + shown + where + " is not valid JSON" + why,
                    "Fix the JSON at that line and column", e);
        } catch (IOException e) {
            throw ConnectorException.classify(e, shown);
        }
        if (document == null || !document.isObject()) {
            throw new ConnectorException(Failure.FORMAT, label + " is not a JSON object", "Write {\"clusters\": [], \"instance_pools\": [], "
                    + "\"spark_versions\": [], \"node_types\": []} with the REST API's shapes");
        }
        for (String field : FIELDS) {
            if (document.has(field) && !document.get(field).isArray()) {
                throw new ConnectorException(Failure.FORMAT, label + ": \"" + field + "\" is not an array", "Write \"" + field + "\": [ … ]");
            }
        }
        return new WorkspaceFile(shown, document);
    }

    @Override
    public String where() {
        return "in the stand-in file " + shown;
    }

    @Override
    public JsonNode cluster(String clusterId) throws ConnectorException {
        return find("clusters", "cluster_id", clusterId, "cluster", "existingClusterId");
    }

    @Override
    public JsonNode instancePool(String poolId) throws ConnectorException {
        return find("instance_pools", "instance_pool_id", poolId, "instance pool", "instancePoolId");
    }

    @Override
    public List<JsonNode> clusters() {
        return Workspace.items(document, "clusters");
    }

    @Override
    public List<JsonNode> instancePools() {
        return Workspace.items(document, "instance_pools");
    }

    @Override
    public List<JsonNode> sparkVersions() {
        return Workspace.items(document, "spark_versions");
    }

    @Override
    public List<JsonNode> nodeTypes() {
        return Workspace.items(document, "node_types");
    }

    /** The element of {@code field} whose {@code idField} is {@code id}, else NOT_FOUND listing the ids the file has. */
    private JsonNode find(String field, String idField, String id, String what, String setting) throws ConnectorException {
        List<JsonNode> all = Workspace.items(document, field);
        Optional<JsonNode> found = all.stream().filter(n -> id.equals(n.path(idField).asText())).findFirst();
        if (found.isPresent()) return found.get();
        List<String> ids = all.stream().map(n -> n.path(idField).asText()).toList();
        throw new ConnectorException(Failure.NOT_FOUND, what + " " + id + " is not " + where()
                + (ids.isEmpty() ? "; it lists none" : "; it has " + String.join(", ", ids)),
                "Check " + setting + " in the linked service, or add the " + what + " to " + shown);
    }
}
