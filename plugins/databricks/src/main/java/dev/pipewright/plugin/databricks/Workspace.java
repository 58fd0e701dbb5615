package dev.pipewright.plugin.databricks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.LinkedServiceSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * A Databricks workspace as the checks see it, in the REST API's own response shapes: the workspace's REST
 * API ({@link RestWorkspace}) or a hand-written stand-in file ({@link WorkspaceFile}).
 */
interface Workspace {
    /** Where the answers come from, to end a sentence: {@code at https://adb-….azuredatabricks.net}, {@code in the stand-in file …}. */
    String where();

    /** A cluster as {@code clusters/get} returns it; {@link dev.pipewright.plugins.api.Failure#NOT_FOUND} naming it when there is none. */
    JsonNode cluster(String clusterId) throws ConnectorException;

    /** An instance pool as {@code instance-pools/get} returns it; NOT_FOUND naming it when there is none. */
    JsonNode instancePool(String poolId) throws ConnectorException;

    /** The clusters of {@code clusters/list}. */
    List<JsonNode> clusters() throws ConnectorException;

    /** The pools of {@code instance-pools/list}. */
    List<JsonNode> instancePools() throws ConnectorException;

    /** The runtime versions of {@code clusters/spark-versions}: {@code {"key", "name"}}. */
    List<JsonNode> sparkVersions() throws ConnectorException;

    /** The node types of {@code clusters/list-node-types}: {@code {"node_type_id", …}}. */
    List<JsonNode> nodeTypes() throws ConnectorException;

    /** The stand-in file when the profile binds one ({@code "workspace"}), else the REST API at the binding's {@code url} or {@code domain}. */
    static Workspace open(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        if (ls.localEndpoint().has("workspace")) return WorkspaceFile.read(ls);
        return RestWorkspace.of(ls, ctx);
    }

    /** The elements of an array field ({@code "clusters": […]}); none when it is absent. */
    static List<JsonNode> items(JsonNode document, String field) {
        List<JsonNode> out = new ArrayList<>();
        document.path(field).forEach(out::add);
        return out;
    }

    /** A text field, or {@code fallback} when it is absent or empty. */
    static String text(JsonNode node, String field, String fallback) {
        String s = node.path(field).asText("");
        return s.isEmpty() ? fallback : s;
    }
}
