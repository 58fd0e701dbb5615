package dev.pipewright.plugin.databricks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The workspace's REST API (2.0) at the linked service's {@code domain}, or at the profile binding's {@code url} (any
 * server speaking the API), with a bearer token: the binding's {@code accessTokenEnv}, the secret store's or the
 * linked service's {@code accessToken}. Each request honours the call's timeout and is aborted by its cancel.
 */
final class RestWorkspace implements Workspace {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where a token can come from on this machine. */
    private static String tokenHint(String linkedService) {
        return "give a personal access token in the profile binding (\"localEndpoint\": {\"accessTokenEnv\": \"DATABRICKS_TOKEN\"}) or the local "
                + "secret store (pipewright secret put <root> " + linkedService + " accessToken --value-env VAR), or bind a stand-in file "
                + "({\"workspace\": \"databricks/workspace.json\"})";
    }

    private final String base;
    private final String token;
    private final HttpClient client;
    private final CallContext ctx;

    private RestWorkspace(String base, String token, HttpClient client, CallContext ctx) {
        this.base = base;
        this.token = token;
        this.client = client;
        this.ctx = ctx;
    }

    static RestWorkspace of(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        boolean bound = ls.localEndpoint().has("url");
        String setting = bound ? "localEndpoint.url" : "domain";
        String base = bound ? ls.localEndpoint().string("url", "") : ls.properties().string("domain").orElseThrow(() -> new ConnectorException(
                Failure.CONFIG, "Linked service " + ls.name() + " has no domain", "Set typeProperties.domain to the workspace URL, "
                + "e.g. https://adb-1234567890123456.7.azuredatabricks.net, or bind a stand-in in the profile"));
        try {
            URI uri = URI.create(base);
            if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) throw new IllegalArgumentException("not http");
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Failure.CONFIG, setting + " \"" + base + "\" is not an https URL",
                    "Write the workspace URL, e.g. https://adb-1234567890123456.7.azuredatabricks.net");
        }
        String token = ls.secret("accessToken").orElseThrow(() -> noToken(ls));
        HttpClient client = HttpClient.newBuilder().connectTimeout(ctx.timeout()).build(); // no redirects: they would carry the token elsewhere
        return new RestWorkspace(base.replaceAll("/+$", ""), token, client, ctx);
    }

    /** No token here: the managed identity (or a credential) has no Entra ID token on this machine. */
    private static ConnectorException noToken(LinkedServiceSpec ls) {
        Optional<String> credential = ls.properties().child("credential").string("referenceName");
        boolean msi = "MSI".equalsIgnoreCase(ls.properties().string("authentication", ""));
        if (msi || credential.isPresent()) {
            String how = credential.map(c -> "the credential " + c).orElse("the factory's managed identity (authentication: MSI)");
            return new ConnectorException(Failure.SECRET, "Linked service " + ls.name() + " signs in to the workspace with " + how
                    + ", which cannot get an Entra ID token for Azure Databricks on this machine", "To test it here, " + tokenHint(ls.name()));
        }
        return new ConnectorException(Failure.SECRET, "Linked service " + ls.name() + " has no accessToken here",
                "Set accessToken (a SecureString or a Key Vault reference) in the linked service, or " + tokenHint(ls.name()));
    }

    @Override
    public String where() {
        return "at " + base;
    }

    @Override
    public JsonNode cluster(String clusterId) throws ConnectorException {
        return get("/api/2.0/clusters/get?cluster_id=" + encode(clusterId), "cluster " + clusterId, "existingClusterId");
    }

    @Override
    public JsonNode instancePool(String poolId) throws ConnectorException {
        return get("/api/2.0/instance-pools/get?instance_pool_id=" + encode(poolId), "instance pool " + poolId, "instancePoolId");
    }

    @Override
    public List<JsonNode> clusters() throws ConnectorException {
        return list("clusters/list", "clusters");
    }

    @Override
    public List<JsonNode> instancePools() throws ConnectorException {
        return list("instance-pools/list", "instance_pools");
    }

    @Override
    public List<JsonNode> sparkVersions() throws ConnectorException {
        return list("clusters/spark-versions", "versions");
    }

    @Override
    public List<JsonNode> nodeTypes() throws ConnectorException {
        return list("clusters/list-node-types", "node_types");
    }

    /** The array {@code field} of what {@code /api/2.0/<endpoint>} answers. */
    private List<JsonNode> list(String endpoint, String field) throws ConnectorException {
        return Workspace.items(get("/api/2.0/" + endpoint, endpoint, "domain"), field);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GET of one endpoint; {@code what} names what was asked for, {@code setting} the linked-service property that named it. */
    private JsonNode get(String path, String what, String setting) throws ConnectorException {
        String url = base + path;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(ctx.timeout()).GET()
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
        ctx.progress("GET " + url);
        CompletableFuture<HttpResponse<byte[]>> call = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        AtomicBoolean aborted = new AtomicBoolean();
        ctx.onCancel(() -> {
            aborted.set(true);
            call.cancel(true);
        });
        HttpResponse<byte[]> response;
        try {
            response = call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new ConnectorException(Failure.CANCELLED, "Cancelled: GET " + url, "", e);
        } catch (CancellationException | ExecutionException e) {
            // a cancel may also end the exchange with an IOException ("Request cancelled") before the future is cancelled
            if (aborted.get() || e instanceof CancellationException) throw new ConnectorException(Failure.CANCELLED, "Cancelled: GET " + url, "", e);
            throw ConnectorException.classify(e.getCause(), hostOf(base));
        }
        if (response.statusCode() / 100 == 3) {
            throw new ConnectorException(Failure.CONFIG, url + " redirects to " + response.headers().firstValue("Location").orElse("another address"),
                    "Check that " + base + " is the workspace URL (the workspace answers the REST API without redirects)");
        }
        return answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), url, what, setting);
    }

    private JsonNode answer(int status, String body, String url, String what, String setting) throws ConnectorException {
        JsonNode json = parse(body);
        String code = json == null ? "" : json.path("error_code").asText("");
        String message = json == null ? "" : scrub(json.path("message").asText(""));
        String said = message.isEmpty() ? "" : ": " + message;
        if (status == 200 && json != null) return json;
        if (status == 200) {
            throw new ConnectorException(Failure.FORMAT, url + " did not answer with JSON", "Check that " + base + " is a Databricks workspace URL");
        }
        if (status == 401) {
            throw new ConnectorException(Failure.AUTH, base + " answered 401 Unauthorized: the access token was refused" + said,
                    "Check the personal access token (expired, revoked, or of another workspace?)");
        }
        if (status == 403) {
            throw new ConnectorException(Failure.PERMISSION, base + " answered 403 Forbidden for " + what + said,
                    "The token's user needs permission on it (Can Attach To on a cluster or pool), or the workspace's IP access list blocks this machine");
        }
        boolean missing = code.equals("RESOURCE_DOES_NOT_EXIST") || code.equals("INVALID_PARAMETER_VALUE");
        if ((status == 400 || status == 404) && missing) {
            throw new ConnectorException(Failure.NOT_FOUND, what + " does not exist " + where() + said, "Check " + setting + " in the linked service");
        }
        if (status == 404) {
            throw new ConnectorException(Failure.NOT_FOUND, url + " answered 404 Not Found", "Check that " + base + " is a Databricks workspace URL");
        }
        throw new ConnectorException(Failure.OTHER, base + " answered HTTP " + status + (code.isEmpty() ? "" : " " + code) + " for " + what + said,
                status == 429 || status >= 500 ? "The workspace is busy or unavailable; try again" : "");
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n != null && n.isObject() ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The workspace's own words, without the token should it ever echo it. */
    private String scrub(String text) {
        return text.replace(token, "***");
    }

    private static String hostOf(String url) {
        URI u = URI.create(url);
        return u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "");
    }
}
