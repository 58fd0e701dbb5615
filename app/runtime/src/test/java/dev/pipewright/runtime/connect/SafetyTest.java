package dev.pipewright.runtime.connect;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.plugins.testkit.SilentServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Secrets never shown, factory files never written, timeouts and cancel, broken plugins. */
class SafetyTest {
    private static final String SECRET = "Zz-very-Secret-Password-31";

    @TempDir
    Path dir;

    @Test
    void secretsFromTheEnvironmentAreUsedButNeverShownAndFactoryFilesAreNotWritten() throws Exception {
        int closed = SilentServer.closedPort();
        TempFactory f = new TempFactory(dir);
        f.resource("linkedService", "LS_Pg", "{\"type\": \"PostgreSql\", \"typeProperties\": {\"connectionString\": "
                + "\"host=db.contoso.com;database=loyalty;uid=etl\", \"password\": {\"type\": \"AzureKeyVaultSecret\", \"store\": "
                + "{\"referenceName\": \"LS_KV\", \"type\": \"LinkedServiceReference\"}, \"secretName\": \"pg-password\"}}}");
        Map<String, String> before = hashes(dir.resolve("factory-root"));
        // the driver's message names the URL, which here carries the password: it must come out scrubbed
        String profile = "{\"linkedServices\": {\"LS_Pg\": {\"localEndpoint\": {\"jdbcUrl\": \"jdbc:postgresql://127.0.0.1:" + closed
                + "/loyalty?password=" + SECRET + "\", \"user\": \"etl\", \"passwordEnv\": \"PW_TEST_PASSWORD\"}}}}";
        ConnectionResult r = f.connections(profile, Map.of("PW_TEST_PASSWORD", SECRET)).testConnection("LS_Pg", new Call());
        assertFalse(r.ok());
        assertEquals("PW702", r.problems().get(0).code(), r.problems().toString());
        assertFalse(r.toString().contains(SECRET), r.toString());
        assertTrue(r.problems().get(0).message().contains("***"), r.problems().get(0).message());

        ConnectionResult unset = f.connections(profile, Map.of()).testConnection("LS_Pg", new Call());
        Problem p = unset.problems().get(0);
        assertEquals("PW710", p.code());
        assertTrue(p.message().contains("PW_TEST_PASSWORD"), p.message());

        ConnectionResult keyVault = f.connections(null, Map.of()).testConnection("LS_Pg", new Call());
        assertEquals("PW710", keyVault.problems().get(0).code(), keyVault.problems().toString());
        assertTrue(keyVault.problems().get(0).hint().contains("passwordEnv"), keyVault.problems().get(0).hint());
        assertEquals(before, hashes(dir.resolve("factory-root")), "test connection writes no factory file");
    }

    @Test
    void aPasswordFromTheLocalSecretStoreIsUsed() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        String expected = "Basic " + java.util.Base64.getEncoder().encodeToString(("etl:" + SECRET).getBytes(StandardCharsets.UTF_8));
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(expected.equals(ex.getRequestHeaders().getFirst("Authorization")) ? 200 : 401, -1);
            ex.close();
        });
        server.start();
        TempFactory f = new TempFactory(dir);
        f.resource("linkedService", "LS_Api", "{\"type\": \"HttpServer\", \"typeProperties\": {\"url\": \"http://127.0.0.1:"
                + server.getAddress().getPort() + "/\", \"authenticationType\": \"Basic\", \"userName\": \"etl\", \"password\": "
                + "{\"type\": \"AzureKeyVaultSecret\", \"store\": {\"referenceName\": \"LS_KV\", \"type\": \"LinkedServiceReference\"}, "
                + "\"secretName\": \"api\"}}}");
        try (var store = dev.pipewright.runtime.secrets.SecretStore.open(dir.resolve("secrets.db"), "pass phrase".toCharArray(), 1000)) {
            Connections c = f.connections(null, Map.of());
            assertEquals("PW710", c.testConnection("LS_Api", new Call()).problems().get(0).code(), "no secret anywhere yet");
            store.put(new dev.pipewright.runtime.secrets.SecretKey(dev.pipewright.runtime.ir.ManagedRuntimes.scopeOf(dir.resolve("factory-root")),
                    "linkedService/LS_Api", "typeProperties.password"), SECRET);
            ConnectionResult r = c.withSecretStore(store).testConnection("LS_Api", new Call());
            assertTrue(r.ok(), r.problems().toString());
            assertEquals("the address in the linked service", r.target());
            assertFalse(r.toString().contains(SECRET));

            // a password typed in a form but not applied yet wins over the store (Test connection before Apply)
            Connections typed = f.connections(null, Map.of()).withSecretStore(store)
                    .withUnsavedSecrets("ls_api", Map.of("typeProperties.password", "not-" + SECRET));
            assertEquals("PW705", typed.testConnection("LS_Api", new Call()).problems().get(0).code());
            Connections right = f.connections(null, Map.of()).withUnsavedSecrets("LS_Api", Map.of("typeProperties.password", SECRET));
            assertTrue(right.testConnection("LS_Api", new Call()).ok());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aStoreThatNeverAnswersTimesOutAndACallCanBeCancelled() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            TempFactory f = new TempFactory(dir);
            f.resource("linkedService", "LS_Hung", "{\"type\": \"HttpServer\", \"typeProperties\": {\"url\": \"http://127.0.0.1:" + silent.port()
                    + "/\", \"authenticationType\": \"Anonymous\"}}");
            Connections c = f.connections(null, Map.of());
            long start = System.nanoTime();
            ConnectionResult timedOut = c.testConnection("LS_Hung", new Call(Duration.ofMillis(700), null));
            assertEquals("PW703", timedOut.problems().get(0).code(), timedOut.problems().toString());
            assertTrue(System.nanoTime() - start < 5_000_000_000L);

            Call call = new Call(Duration.ofSeconds(30), null);
            Thread canceller = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException ignored) {
                    return;
                }
                call.cancel();
            });
            canceller.start();
            start = System.nanoTime();
            ConnectionResult cancelled = c.testConnection("LS_Hung", call);
            assertEquals("PW713", cancelled.problems().get(0).code(), cancelled.problems().toString());
            assertTrue(System.nanoTime() - start < 5_000_000_000L, "cancel returns at once");
        }
    }

    @Test
    void aBrokenPluginJarIsReportedAndTheOthersStillLoad() throws Exception {
        Path jar = dir.resolve("broken-plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("META-INF/services/dev.pipewright.plugins.api.Connector"));
            out.write("com.example.MissingConnector\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[]{jar.toUri().toURL()}, getClass().getClassLoader())) {
            ConnectorHost host = new ConnectorHost(loader);
            assertEquals(1, host.failures().size(), host.failures().toString());
            assertTrue(host.failures().get(0).contains("com.example.MissingConnector"));
            assertEquals("PW715", host.failureProblems().get(0).code());
            assertTrue(host.forLinkedServiceType("PostgreSql").isPresent(), "the other plugins load");
            assertTrue(host.forLinkedServiceType("HttpServer").isPresent());
            TempFactory f = new TempFactory(dir);
            f.resource("linkedService", "LS_Files", "{\"type\": \"FileServer\", \"typeProperties\": {\"host\": \"" + dir.toString().replace("\\", "/") + "\"}}");
            ConnectionResult r = new Connections(dev.pipewright.core.factory.Factory.load(dir.resolve("factory-root")),
                    dev.pipewright.runtime.profile.EnvironmentProfile.defaults(), dir, host, Map.<String, String>of()::get).testConnection("LS_Files", new Call());
            assertTrue(r.ok(), "a broken plugin is a warning: " + r.problems());
            assertEquals("PW715", r.problems().get(0).code());
        }
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> map = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
                map.put(root.relativize(p).toString(), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        }
        return map;
    }
}
