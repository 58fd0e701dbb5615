package dev.pipewright.plugin.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.testkit.ParquetFiles;
import dev.pipewright.plugins.testkit.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;

import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** HttpServer and RestService linked services against the JDK's HTTP server. */
class HttpConnectorTest {
    private static final String PASSWORD = "http-Secret-42";
    private static HttpServer server;
    private static String base;
    private final HttpConnector connector = new HttpConnector();

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            boolean root = ex.getRequestURI().getPath().equals("/") || ex.getRequestURI().getPath().equals("/api/");
            send(ex, root ? 200 : 404, "application/json", root ? "{\"status\": \"up\"}" : "{}");
        });
        server.createContext("/api/promotions", ex -> send(ex, 200, "application/json",
                "[{\"id\": \"P1\", \"percent\": 25}, {\"id\": \"P2\", \"percent\": 10}]"));
        server.createContext("/files/rates.csv", ex -> send(ex, 200, "text/csv", "currency,rate\nEUR,0.91\nGBP,0.78\n"));
        Path parquet = Files.createTempFile("rates", ".parquet");
        ParquetFiles.to(parquet, "message m { required binary currency (STRING); required double rate; }")
                .write(List.<Object[]>of(new Object[]{"EUR", 0.91}, new Object[]{"GBP", 0.78}));
        byte[] parquetBytes = Files.readAllBytes(parquet);
        Files.delete(parquet);
        server.createContext("/files/rates.parquet", ex -> {
            ex.sendResponseHeaders(200, parquetBytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(parquetBytes);
            }
        });
        server.createContext("/files/broken.json", ex -> send(ex, 200, "application/json", "{\"a\": [1, 2"));
        server.createContext("/secure/", ex -> {
            String expected = "Basic " + Base64.getEncoder().encodeToString(("etl:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            boolean ok = expected.equals(ex.getRequestHeaders().getFirst("Authorization"));
            send(ex, ok ? 200 : 401, "application/json", ok ? "{\"ok\": true}" : "{}");
        });
        server.createContext("/keyed/", ex -> {
            boolean ok = "k-123".equals(ex.getRequestHeaders().getFirst("X-Api-Key"));
            send(ex, ok ? 200 : 403, "application/json", "[{\"ok\": " + ok + "}]");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static LinkedServiceSpec ls(String type, String url, Object... more) {
        Props p = Props.of("url", url, "authenticationType", "Anonymous").with(Props.of(more));
        return new LinkedServiceSpec("LS_Http", type, p, Props.EMPTY, Path.of("."));
    }

    private static DatasetSpec rest(LinkedServiceSpec ls, String relative) {
        return new DatasetSpec("DS", "RestResource", Props.of("relativeUrl", relative), ls, null);
    }

    private static DatasetSpec file(LinkedServiceSpec ls, String type, String relative, Object... format) {
        Props p = Props.of("location", Props.of("type", "HttpServerLocation", "relativeUrl", relative).asMap()).with(Props.of(format));
        return new DatasetSpec("DS", type, p, ls, null);
    }

    @Test
    void anonymousTestConnectionAndRestPreview() throws Exception {
        assertTrue(connector.testConnection(ls("RestService", base), CTX).contains("answered HTTP 200 (anonymous authentication)"));
        List<Object[]> rows = drain(connector.read(rest(ls("RestService", base + "api/"), "promotions?active=true"), 100, CTX));
        assertEquals(2, rows.size());
        assertEquals(25L, rows.get(0)[1]);
    }

    @Test
    void parquetOverHttpFromATemporaryCopy() throws Exception {
        List<Object[]> rows = drain(connector.read(file(ls("HttpServer", base), "Parquet", "files/rates.parquet"), 100, CTX));
        assertEquals(List.of("GBP", 0.78), java.util.Arrays.asList(rows.get(1)));
        var e = failure(Failure.FORMAT, () -> connector.read(file(ls("HttpServer", base), "Parquet", "files/rates.csv"), 100, CTX));
        assertTrue(e.getMessage().startsWith(base + "files/rates.csv is not a Parquet file"), e.getMessage());
    }

    @Test
    void delimitedTextAndJsonOverHttpServer() throws Exception {
        List<Object[]> rows = drain(connector.read(file(ls("HttpServer", base), "DelimitedText", "files/rates.csv", "firstRowAsHeader", true), 100, CTX));
        assertEquals("GBP", rows.get(1)[0]);
        failure(Failure.FORMAT, () -> connector.read(file(ls("HttpServer", base), "Json", "files/broken.json"), 100, CTX));
    }

    @Test
    void basicAuthenticationWorksAndAWrongPasswordIsAnAuthFailureWithoutIt() throws Exception {
        LinkedServiceSpec good = ls("HttpServer", base + "secure/", "authenticationType", "Basic", "userName", "etl",
                "password", Props.of("type", "SecureString", "value", PASSWORD).asMap());
        assertTrue(connector.testConnection(good, CTX).contains("basic authentication"));
        LinkedServiceSpec bad = ls("HttpServer", base + "secure/", "authenticationType", "Basic", "userName", "etl", "password", "wrong-Pass-1");
        var e = failure(Failure.AUTH, () -> connector.testConnection(bad, CTX));
        assertFalse(e.getMessage().contains("wrong-Pass-1") || e.hint().contains("wrong-Pass-1"));
    }

    @Test
    void headerAuthentication() throws Exception {
        LinkedServiceSpec good = ls("RestService", base + "keyed/", "authHeaders", Props.of("X-Api-Key", Props.of("type", "SecureString", "value", "k-123").asMap()).asMap());
        assertEquals(true, drain(connector.read(rest(good, ""), 10, CTX)).get(0)[0]);
        failure(Failure.PERMISSION, () -> connector.testConnection(ls("RestService", base + "keyed/"), CTX));
    }

    @Test
    void missingResourceIsNotFound() {
        failure(Failure.NOT_FOUND, () -> connector.read(rest(ls("RestService", base + "api/"), "nothing-here"), 10, CTX));
    }

    @Test
    void networkFailures() throws Exception {
        failure(Failure.REFUSED, () -> connector.testConnection(ls("HttpServer", "http://127.0.0.1:" + SilentServer.closedPort() + "/"), CTX));
        failure(Failure.DNS, () -> connector.testConnection(ls("HttpServer", "http://no-such-host.invalid/"), CTX));
        try (SilentServer silent = new SilentServer()) {
            failure(Failure.TIMEOUT, () -> connector.testConnection(ls("HttpServer", "http://127.0.0.1:" + silent.port() + "/"),
                    CallContext.of(Duration.ofMillis(500))));
        }
    }

    @Test
    void untrustedCertificateIsATlsFailureUnlessValidationIsOff(@TempDir Path dir) throws Exception {
        SSLContext ssl = dev.pipewright.plugins.testkit.SelfSignedTls.serverContext(dir);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(ssl));
        https.createContext("/", ex -> send(ex, 200, "application/json", "{}"));
        https.start();
        try {
            String url = "https://localhost:" + https.getAddress().getPort() + "/";
            failure(Failure.TLS, () -> connector.testConnection(ls("HttpServer", url), CTX));
            assertTrue(connector.testConnection(ls("HttpServer", url, "enableServerCertificateValidation", false), CTX).contains("HTTP 200"));
        } finally {
            https.stop(0);
        }
    }

    @Test
    void badSettingsAreConfigProblems() {
        failure(Failure.CONFIG, () -> connector.testConnection(ls("HttpServer", "ftp://example.com/"), CTX));
        failure(Failure.CONFIG, () -> connector.testConnection(ls("HttpServer", base, "authenticationType", "ClientCertificate"), CTX));
        failure(Failure.SECRET, () -> connector.testConnection(ls("HttpServer", base, "authenticationType", "Basic", "userName", "u",
                "password", Props.of("type", "AzureKeyVaultSecret", "secretName", "s").asMap()), CTX));
    }
}
