package dev.pipewright.plugin.databricks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for an Azure Databricks workspace's REST API 2.0, which cannot run here: a JDK HTTP server answering
 * {@code clusters/get}, {@code clusters/list}, {@code clusters/spark-versions}, {@code clusters/list-node-types},
 * {@code instance-pools/get} and {@code instance-pools/list} from a workspace document (the stand-in file's shape),
 * with Databricks' status codes and error JSON: 401 for a wrong bearer token, 403 for a token without permission,
 * 400 {@code INVALID_PARAMETER_VALUE} for an unknown cluster, 404 {@code RESOURCE_DOES_NOT_EXIST} for an unknown pool.
 */
final class DatabricksRestStandIn implements AutoCloseable {
    static final String TOKEN = "dapi0123456789abcdef0123456789abcdef-2";
    static final String NO_PERMISSION_TOKEN = "dapifedcba9876543210fedcba9876543210-3";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode workspace;
    private final HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    DatabricksRestStandIn(Path workspaceFile) throws IOException {
        workspace = JSON.readTree(workspaceFile.toFile());
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String query = ex.getRequestURI().getRawQuery();
        requests.add(path + (query == null ? "" : "?" + query));
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (("Bearer " + NO_PERMISSION_TOKEN).equals(auth)) {
            send(ex, 403, error("PERMISSION_DENIED", "User etl-reader@contoso.com does not have Can Attach To permission"));
            return;
        }
        if (!("Bearer " + TOKEN).equals(auth)) {
            // the workspace answers a bad token with an HTML page, not JSON
            send(ex, 401, "<html><head><title>Error 401 Unauthorized</title></head><body><h2>HTTP ERROR 401</h2></body></html>");
            return;
        }
        switch (path) {
            case "/api/2.0/clusters/get" -> one(ex, "clusters", "cluster_id", parameter(query, "cluster_id"), 400, "INVALID_PARAMETER_VALUE", "Cluster %s does not exist");
            case "/api/2.0/instance-pools/get" -> one(ex, "instance_pools", "instance_pool_id", parameter(query, "instance_pool_id"), 404,
                    "RESOURCE_DOES_NOT_EXIST", "Can't find an instance pool with id: %s.");
            case "/api/2.0/clusters/list" -> list(ex, "clusters", "clusters");
            case "/api/2.0/instance-pools/list" -> list(ex, "instance_pools", "instance_pools");
            case "/api/2.0/clusters/spark-versions" -> list(ex, "spark_versions", "versions");
            case "/api/2.0/clusters/list-node-types" -> list(ex, "node_types", "node_types");
            default -> send(ex, 404, error("ENDPOINT_NOT_FOUND", "No API found for 'GET " + path + "'"));
        }
    }

    private void one(HttpExchange ex, String field, String idField, String id, int status, String code, String message) throws IOException {
        Optional<JsonNode> found = Workspace.items(workspace, field).stream().filter(n -> n.path(idField).asText().equals(id)).findFirst();
        if (found.isPresent()) send(ex, 200, found.get().toString());
        else send(ex, status, error(code, String.format(message, id)));
    }

    private void list(HttpExchange ex, String field, String as) throws IOException {
        ObjectNode answer = JSON.createObjectNode();
        if (workspace.has(field)) answer.set(as, workspace.get(field));
        send(ex, 200, answer.toString());
    }

    private static String parameter(String query, String name) {
        if (query == null) return "";
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
        }
        return "";
    }

    private static String error(String code, String message) {
        return JSON.createObjectNode().put("error_code", code).put("message", message).toString();
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", body.startsWith("<") ? "text/html" : "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
