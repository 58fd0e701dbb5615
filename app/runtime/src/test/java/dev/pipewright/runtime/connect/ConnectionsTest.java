package dev.pipewright.runtime.connect;

import com.sun.net.httpserver.HttpServer;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.ColumnType;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.ProfileReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The connector host: routing through placement, stand-ins, expressions, type inference, unknown types. */
class ConnectionsTest {
    @TempDir
    Path dir;
    private TempFactory f;
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private int port;

    @BeforeEach
    void setUp() throws IOException {
        f = new TempFactory(dir);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.incrementAndGet();
            byte[] body = ex.getRequestURI().getPath().endsWith(".json") ? "[{\"n\": 1}, {\"n\": 2}]".getBytes(StandardCharsets.UTF_8) : new byte[0];
            ex.sendResponseHeaders(ex.getRequestURI().getPath().contains("missing") ? 404 : 200, body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        port = server.getAddress().getPort();
        f.file("factory/contoso.json", "{\"name\": \"contoso\", \"location\": \"East US\", \"properties\": {\"globalParameters\": "
                + "{\"apiVersion\": {\"type\": \"String\", \"value\": \"v2\"}}}}");
        f.resource("integrationRuntime", "SHIR-Corp", "{\"type\": \"SelfHosted\", \"typeProperties\": {}}");
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private String http(String url, String connectVia) {
        return "{\"type\": \"HttpServer\", \"typeProperties\": {\"url\": \"" + url + "\", \"authenticationType\": \"Anonymous\"}"
                + (connectVia == null ? "" : ", \"connectVia\": {\"referenceName\": \"" + connectVia + "\", \"type\": \"IntegrationRuntimeReference\"}") + "}";
    }

    @Test
    void aPrivateStoreThePlacedRuntimeCannotReachIsNeverContacted() throws Exception {
        f.resource("linkedService", "LS_Corp", http("http://127.0.0.1:" + port + "/", null));
        String profile = "{\"linkedServices\": {\"LS_Corp\": {\"network\": \"private:corp\"}}, \"selfHostedNetworks\": {\"SHIR-Corp\": [\"corp\"]}}";
        ConnectionResult r = f.connections(profile, Map.of()).testConnection("LS_Corp", new Call());
        assertFalse(r.ok());
        assertEquals("PW601", r.problems().get(0).code(), r.problems().toString());
        assertEquals("AutoResolveIntegrationRuntime (East US)", r.via());
        assertEquals(0, requests.get(), "nothing was contacted");

        f.resource("linkedService", "LS_Corp", http("http://127.0.0.1:" + port + "/", "SHIR-Corp"));
        ConnectionResult viaShir = f.connections(profile, Map.of()).testConnection("LS_Corp", new Call());
        assertTrue(viaShir.ok(), viaShir.problems().toString());
        assertEquals("SHIR-Corp", viaShir.via());
        assertEquals("the address in the linked service", viaShir.target());
        assertEquals(1, requests.get());
    }

    @Test
    void theProfilesStandInReplacesTheStoresAddress() throws Exception {
        Files.writeString(dir.resolve("loyalty.sql"), "CREATE TABLE members (id INTEGER, tier TEXT);\nINSERT INTO members VALUES (1, 'Gold');\n");
        f.resource("linkedService", "LS_Pg", "{\"type\": \"PostgreSql\", \"typeProperties\": {\"connectionString\": "
                + "\"host=loyalty-db.contoso.com;port=5432;database=loyalty;uid=etl\"}}");
        f.resource("dataset", "DS_Members", "{\"linkedServiceName\": {\"referenceName\": \"LS_Pg\", \"type\": \"LinkedServiceReference\"}, "
                + "\"type\": \"PostgreSqlTable\", \"typeProperties\": {\"schema\": \"public\", \"table\": \"members\"}}");
        String profile = "{\"factory\": {\"region\": \"West Europe\"}, \"linkedServices\": {\"LS_Pg\": {\"localEndpoint\": "
                + "{\"sqlite\": \"loyalty.sqlite\", \"init\": \"loyalty.sql\"}}}}";
        Connections c = f.connections(profile, Map.of());
        ConnectionResult r = c.testConnection("ls_pg", new Call());
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("AutoResolveIntegrationRuntime (West Europe)", r.via());
        assertEquals("the profile's local stand-in", r.target());
        assertTrue(r.detail().startsWith("SQLite file loyalty.sqlite"), r.detail());
        PreviewResult p = c.preview("DS_Members", 100, Map.of(), null, new Call());
        assertEquals(List.of(new Column("id", ColumnType.INTEGER), new Column("tier", ColumnType.STRING)), p.columns());
        assertEquals("Gold", p.rows().get(0)[1]);
    }

    @Test
    void expressionsResolveFromParametersDefaultsAndGlobalParameters() throws Exception {
        f.resource("linkedService", "LS_Api", "{\"type\": \"HttpServer\", \"parameters\": {\"port\": {\"type\": \"String\"}}, \"typeProperties\": "
                + "{\"url\": \"http://127.0.0.1:@{linkedService().port}/\", \"authenticationType\": \"Anonymous\"}}");
        f.resource("dataset", "DS_Api", "{\"linkedServiceName\": {\"referenceName\": \"LS_Api\", \"type\": \"LinkedServiceReference\", "
                + "\"parameters\": {\"port\": \"@dataset().port\"}}, \"type\": \"Json\", \"parameters\": {\"port\": {\"type\": \"String\", "
                + "\"defaultValue\": \"" + port + "\"}, \"file\": {\"type\": \"String\"}}, \"typeProperties\": {\"location\": {\"type\": "
                + "\"HttpServerLocation\", \"relativeUrl\": {\"value\": \"@concat(pipeline().globalParameters.apiVersion, '/', dataset().file)\", "
                + "\"type\": \"Expression\"}}}}");
        Connections c = f.connections(null, Map.of());
        PreviewResult missing = c.preview("DS_Api", 10, Map.of(), null, new Call());
        Problem p = missing.problems().get(0);
        assertEquals("PW711", p.code());
        assertTrue(p.message().contains("typeProperties.location.relativeUrl"), p.message());
        assertTrue(p.hint().contains("--param file=VALUE"), p.hint());
        PreviewResult given = c.preview("DS_Api", 10, Map.of("file", "rows.json"), null, new Call());
        assertTrue(given.ok(), given.problems().toString());
        assertEquals(2, given.rows().size());
        assertEquals(1, requests.get());
        assertEquals("PW711", c.preview("DS_Api", 10, Map.of("nope", "x"), null, new Call()).problems().get(0).code());
    }

    @Test
    void previewStreamsTheFirstRowsAndInfersTypes() throws Exception {
        StringBuilder csv = new StringBuilder("id,amount,day,flag,label\n");
        for (int i = 1; i <= 5000; i++) csv.append(i).append(',').append(i).append(".5,2026-11-").append(10 + i % 20).append(",true,x").append(i).append('\n');
        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/big.csv"), csv);
        f.resource("linkedService", "LS_Files", "{\"type\": \"FileServer\", \"typeProperties\": {\"host\": \"\\\\\\\\fs01\\\\data\"}}");
        f.resource("dataset", "DS_Big", "{\"linkedServiceName\": {\"referenceName\": \"LS_Files\", \"type\": \"LinkedServiceReference\"}, "
                + "\"type\": \"DelimitedText\", \"typeProperties\": {\"location\": {\"type\": \"FileServerLocation\", \"fileName\": \"big.csv\"}, "
                + "\"firstRowAsHeader\": true}}");
        PreviewResult p = f.connections("{\"linkedServices\": {\"LS_Files\": {\"localEndpoint\": {\"folder\": \"files\"}}}}", Map.of())
                .preview("DS_Big", Connections.DEFAULT_ROWS, Map.of(), null, new Call());
        assertTrue(p.ok(), p.problems().toString());
        assertEquals(100, p.rows().size());
        assertTrue(p.more());
        assertEquals(List.of(ColumnType.INTEGER, ColumnType.DECIMAL, ColumnType.DATE, ColumnType.BOOLEAN, ColumnType.STRING),
                p.columns().stream().map(Column::type).toList());
    }

    @Test
    void typesWithoutAConnectorAndMissingNamesAreProblems() throws Exception {
        f.resource("linkedService", "LS_Ml", "{\"type\": \"AzureMLService\", \"typeProperties\": {\"subscriptionId\": \"x\"}}");
        f.resource("linkedService", "LS_KeyVault", "{\"type\": \"AzureKeyVault\", \"typeProperties\": {\"baseUrl\": \"https://kv-test.vault.azure.net/\"}}");
        Connections c = f.connections(null, Map.of());
        assertEquals("PW712", c.testConnection("LS_Ml", new Call()).problems().get(0).code());
        assertEquals("PW710", c.testConnection("LS_KeyVault", new Call()).problems().get(0).code(), "a vault without a stand-in cannot be reached");
        assertEquals("PW301", c.testConnection("LS_Nope", new Call()).problems().get(0).code());
        assertEquals("PW302", c.preview("DS_Nope", 10, Map.of(), null, new Call()).problems().get(0).code());
    }

    @Test
    void theDemosDatabricksWorkspaceTestsGreenFromItsStandInFile() {
        Path repo = Path.of(System.getProperty("pipewright.repo", "../.."));
        ProfileReader.Result read = ProfileReader.read(repo.resolve("demo-env/local.json"), RegionCatalog.standard());
        assertTrue(read.ok(), read.problems().toString());
        Connections c = new Connections(Factory.load(repo.resolve("demo-factory")), read.profile(), repo.resolve("demo-env"), ConnectorHost.discover(), n -> null);
        ConnectionResult r = c.testConnection("LS_Databricks", new Call());
        assertTrue(r.ok(), r.problems().toString());
        assertEquals("AutoResolveIntegrationRuntime (East US)", r.via());
        assertEquals("the profile's local stand-in", r.target());
        assertEquals("cluster 0101-101010-retail01 \"retail-etl\" (13.3.x-scala2.12) is RUNNING in the stand-in file ../demo-data/databricks/workspace.json",
                r.detail());
        List<String> browsed = c.browse("LS_Databricks", "", new Call(), new java.util.ArrayList<>()).stream().map(e -> e.kind() + " " + e.path()).toList();
        assertEquals(List.of("cluster 0101-101010-retail01", "pool 0101-101010-pool-ds3v2"), browsed);
    }

    @Test
    void aSelfHostedIrWithoutAnOnlineNodeSaysADFWouldFailAndThatTheLocalRuntimeStoodIn() {
        Path repo = Path.of(System.getProperty("pipewright.repo", "../.."));
        ProfileReader.Result read = ProfileReader.read(repo.resolve("demo-env/local.json"), RegionCatalog.standard());
        Factory demo = Factory.load(repo.resolve("demo-factory"));
        Connections c = new Connections(demo, read.profile(), repo.resolve("demo-env"), ConnectorHost.discover(), n -> null);

        c.withSelfHostedStatus(ir -> dev.pipewright.runtime.ir.SelfHostedNodes.Status.NEED_REGISTRATION);
        ConnectionResult unregistered = c.testConnection("LS_SqlServer_Stores", new Call());
        assertTrue(unregistered.ok(), "a warning: the stand-in still answers");
        assertEquals(List.of("PW716"), unregistered.problems().stream().map(p -> p.code()).toList());
        assertTrue(unregistered.problems().get(0).message().startsWith("SHIR-Corp has no online node (Need registration): in ADF this would fail"));
        assertTrue(unregistered.problems().get(0).hint().contains("pipewright ir register <root> SHIR-Corp"));
        assertEquals("PW716", c.preview("DS_SqlServer_Stores", 5, Map.of(), null, new Call()).problems().stream()
                .map(p -> p.code()).filter("PW716"::equals).findFirst().orElse("none"), "preview says it too");

        c.withSelfHostedStatus(ir -> dev.pipewright.runtime.ir.SelfHostedNodes.Status.ONLINE);
        assertEquals(List.of(), c.testConnection("LS_SqlServer_Stores", new Call()).problems(), "an online node: as ADF");
        ConnectionResult linked = c.testConnection("LS_SqlServer_Finance", new Call());
        assertTrue(linked.problems().stream().anyMatch(p -> p.code().equals("PW716") && p.message().contains("linked self-hosted IR")),
                linked.problems().toString());
    }

    @Test
    void aDatabricksManagedIdentityWithoutATokenSaysWhereToGiveOne() throws Exception {
        f.resource("linkedService", "LS_Dbx", "{\"type\": \"AzureDatabricks\", \"typeProperties\": {\"domain\": \"https://adb-1.2.azuredatabricks.net\", "
                + "\"authentication\": \"MSI\", \"existingClusterId\": \"0101-101010-retail01\"}}");
        Problem p = f.connections(null, Map.of()).testConnection("LS_Dbx", new Call()).problems().get(0);
        assertEquals("PW710", p.code(), p.toString());
        assertTrue(p.hint().contains("\"accessTokenEnv\": \"DATABRICKS_TOKEN\""), p.hint());
    }
}
