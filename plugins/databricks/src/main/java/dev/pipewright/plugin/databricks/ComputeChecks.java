package dev.pipewright.plugin.databricks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.pipewright.plugin.databricks.Workspace.text;

/**
 * What ADF's test connection of an {@code AzureDatabricks} linked service checks, against either source of
 * {@link Workspace}: the existing cluster, the instance pool, or that the workspace offers the new job cluster's
 * runtime version and node types. Also the listing that browse shows.
 */
final class ComputeChecks {
    private static final Pattern WORKERS = Pattern.compile("\\s*(\\d{1,5})\\s*(?::\\s*(\\d{1,5})\\s*)?");
    private static final int SHOWN = 6;

    private ComputeChecks() {
    }

    /** One line on what was found, or the failure. */
    static String test(LinkedServiceSpec ls, Workspace w) throws ConnectorException {
        Props p = ls.properties();
        Optional<String> cluster = p.string("existingClusterId");
        if (cluster.isPresent()) return existingCluster(w, cluster.get());
        Optional<String> pool = p.string("instancePoolId");
        if (pool.isPresent()) return instancePool(w, pool.get(), p);
        if (p.has("newClusterVersion")) return newJobCluster(w, p, ls.name());
        throw new ConnectorException(Failure.CONFIG, "Linked service " + ls.name() + " names no cluster: it has no existingClusterId, instancePoolId "
                + "or newClusterVersion", "Choose an existing interactive cluster, an instance pool, or a new job cluster (version, node type, workers)");
    }

    private static String existingCluster(Workspace w, String id) throws ConnectorException {
        JsonNode c = w.cluster(id);
        String state = text(c, "state", "UNKNOWN");
        String name = text(c, "cluster_name", "");
        String line = "cluster " + id + (name.isEmpty() ? "" : " \"" + name + "\"") + " (" + text(c, "spark_version", "no Spark version") + ") is "
                + state + " " + w.where();
        return switch (state) {
            case "TERMINATED", "TERMINATING" -> line + "; a run starts it";
            case "ERROR", "UNKNOWN" -> line + (c.has("state_message") ? ": " + text(c, "state_message", "") : "");
            default -> line;
        };
    }

    private static String instancePool(Workspace w, String id, Props p) throws ConnectorException {
        JsonNode pool = w.instancePool(id);
        String state = text(pool, "state", "ACTIVE");
        if (state.equals("DELETED")) {
            throw new ConnectorException(Failure.NOT_FOUND, "instance pool " + id + " was deleted " + w.where(), "Choose another pool (instancePoolId)");
        }
        String name = text(pool, "instance_pool_name", "");
        JsonNode stats = pool.path("stats");
        String line = "instance pool " + id + (name.isEmpty() ? "" : " \"" + name + "\"") + " (" + text(pool, "node_type_id", "no node type") + ") is "
                + state + " " + w.where() + ": " + stats.path("idle_count").asInt(0) + " idle, " + stats.path("used_count").asInt(0) + " in use";
        Optional<String> version = p.string("newClusterVersion");
        if (version.isPresent()) {
            offered(version.get(), w.sparkVersions(), "key", "Spark version", "newClusterVersion", w);
            line += "; Spark " + version.get() + " offered";
        }
        return line;
    }

    private static String newJobCluster(Workspace w, Props p, String name) throws ConnectorException {
        String version = p.require("newClusterVersion", "Linked service " + name);
        String nodeType = p.string("newClusterNodeType").orElseThrow(() -> new ConnectorException(Failure.CONFIG,
                "The new job cluster of " + name + " has no node type (newClusterNodeType)", "Set newClusterNodeType, e.g. Standard_DS3_v2, or use an instance pool"));
        String workers = workers(p, name);
        JsonNode runtime = offered(version, w.sparkVersions(), "key", "Spark version", "newClusterVersion", w);
        List<JsonNode> nodeTypes = w.nodeTypes();
        offered(nodeType, nodeTypes, "node_type_id", "node type", "newClusterNodeType", w);
        Optional<String> driver = p.string("newClusterDriverNodeType");
        if (driver.isPresent()) offered(driver.get(), nodeTypes, "node_type_id", "driver node type", "newClusterDriverNodeType", w);
        String runtimeName = text(runtime, "name", "");
        return "new job cluster of " + workers + " (" + nodeType + driver.map(d -> ", driver " + d).orElse("") + ") on " + version
                + (runtimeName.isEmpty() ? "" : " \"" + runtimeName + "\"") + ": version and node type" + (driver.isPresent() ? "s" : "")
                + " offered " + w.where();
    }

    /** {@code newClusterNumOfWorker}: {@code "2"}, or {@code "1:8"} to autoscale. */
    private static String workers(Props p, String name) throws ConnectorException {
        String given = p.string("newClusterNumOfWorker").orElseThrow(() -> new ConnectorException(Failure.CONFIG,
                "The new job cluster of " + name + " has no number of workers (newClusterNumOfWorker)", "Write \"2\", or \"1:8\" to autoscale"));
        Matcher m = WORKERS.matcher(given);
        if (!m.matches() || m.group(2) != null && Integer.parseInt(m.group(2)) < Integer.parseInt(m.group(1))) {
            throw new ConnectorException(Failure.CONFIG, "newClusterNumOfWorker \"" + given + "\" is neither a number of workers nor min:max",
                    "Write \"2\", or \"1:8\" to autoscale");
        }
        if (m.group(2) != null) return m.group(1) + " to " + m.group(2) + " workers (autoscale)";
        return m.group(1) + (m.group(1).equals("1") ? " worker" : " workers");
    }

    /** The element of {@code offered} whose {@code key} is {@code value}; else CONFIG, with a few valid keys in the hint. */
    private static JsonNode offered(String value, List<JsonNode> offered, String key, String what, String setting, Workspace w) throws ConnectorException {
        for (JsonNode n : offered) if (value.equals(n.path(key).asText())) return n;
        List<String> keys = offered.stream().map(n -> n.path(key).asText()).toList();
        String some = keys.isEmpty() ? "it lists none" : "it offers " + String.join(", ", keys.subList(0, Math.min(SHOWN, keys.size())))
                + (keys.size() > SHOWN ? " … (" + keys.size() + " in all)" : "");
        throw new ConnectorException(Failure.CONFIG, what + " " + value + " (" + setting + ") is not offered " + w.where(), "Choose one the workspace offers; " + some);
    }

    /** The clusters (kind {@code cluster}) and instance pools ({@code pool}); only those whose id is {@code path} when it is given. */
    static List<Entry> browse(Workspace w, String path) throws ConnectorException {
        List<Entry> all = new ArrayList<>();
        for (JsonNode c : w.clusters()) all.add(entry(c, "cluster_id", "cluster_name", "cluster"));
        for (JsonNode p : w.instancePools()) all.add(entry(p, "instance_pool_id", "instance_pool_name", "pool"));
        if (path == null || path.isEmpty()) return all;
        List<Entry> one = all.stream().filter(e -> e.path().equals(path)).toList();
        if (one.isEmpty()) throw new ConnectorException(Failure.NOT_FOUND, path + " is neither a cluster nor an instance pool " + w.where(), "Browse from the top");
        return one;
    }

    private static Entry entry(JsonNode n, String idField, String nameField, String kind) {
        String id = text(n, idField, "");
        return new Entry(text(n, nameField, id), kind, id, -1);
    }
}
