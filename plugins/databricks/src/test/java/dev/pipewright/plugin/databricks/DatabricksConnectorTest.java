package dev.pipewright.plugin.databricks;

import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.testkit.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.pipewright.plugin.databricks.DatabricksRestStandIn.NO_PERMISSION_TOKEN;
import static dev.pipewright.plugin.databricks.DatabricksRestStandIn.TOKEN;
import static dev.pipewright.plugin.databricks.Specs.POOL;
import static dev.pipewright.plugin.databricks.Specs.RUNNING;
import static dev.pipewright.plugin.databricks.Specs.TERMINATED;
import static dev.pipewright.plugin.databricks.Specs.secure;
import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AzureDatabricks linked services against a server that stands in for the workspace's REST API (DatabricksRestStandIn). */
class DatabricksConnectorTest {
    private static DatabricksRestStandIn workspace;
    private final DatabricksConnector connector = new DatabricksConnector();

    @BeforeAll
    static void start() throws Exception {
        workspace = new DatabricksRestStandIn(Specs.WORKSPACE);
    }

    @AfterAll
    static void stop() {
        workspace.close();
    }

    /** A linked service whose domain is the stand-in, with this token and these settings. */
    private static LinkedServiceSpec rest(String token, Object... settings) {
        return at(workspace.url(), token, settings);
    }

    private static LinkedServiceSpec at(String domain, String token, Object... settings) {
        return Specs.ls(Props.of("domain", domain, "accessToken", secure(token)).with(Props.of(settings)), Props.EMPTY);
    }

    @Test
    void aRunningClusterNamesItsNameVersionAndState() throws Exception {
        assertEquals("cluster " + RUNNING + " \"retail-etl\" (13.3.x-scala2.12) is RUNNING at " + workspace.url(),
                connector.testConnection(rest(TOKEN, "existingClusterId", RUNNING), CTX));
        assertTrue(workspace.requests.contains("/api/2.0/clusters/get?cluster_id=" + RUNNING), workspace.requests.toString());
    }

    @Test
    void aTerminatedClusterIsStillASuccessThatSaysARunStartsIt() throws Exception {
        assertEquals("cluster " + TERMINATED + " \"ad-hoc analysis\" (14.3.x-scala2.12) is TERMINATED at " + workspace.url() + "; a run starts it",
                connector.testConnection(rest(TOKEN, "existingClusterId", TERMINATED), CTX));
    }

    @Test
    void anUnknownClusterOrPoolIsNotFoundNamingIt() {
        var cluster = failure(Failure.NOT_FOUND, () -> connector.testConnection(rest(TOKEN, "existingClusterId", "0909-090909-gone0909"), CTX));
        assertEquals("cluster 0909-090909-gone0909 does not exist at " + workspace.url() + ": Cluster 0909-090909-gone0909 does not exist", cluster.getMessage());
        assertTrue(cluster.hint().contains("existingClusterId"), cluster.hint());
        var pool = failure(Failure.NOT_FOUND, () -> connector.testConnection(rest(TOKEN, "instancePoolId", "0909-pool-gone"), CTX));
        assertTrue(pool.getMessage().startsWith("instance pool 0909-pool-gone does not exist at "), pool.getMessage());
    }

    @Test
    void anInstancePoolWithItsNodeTypeAndIdleInstancesAndTheRuntimeItStarts() throws Exception {
        assertEquals("instance pool " + POOL + " \"retail-pool\" (Standard_DS3_v2) is ACTIVE at " + workspace.url() + ": 1 idle, 0 in use",
                connector.testConnection(rest(TOKEN, "instancePoolId", POOL), CTX));
        assertTrue(connector.testConnection(rest(TOKEN, "instancePoolId", POOL, "newClusterVersion", "13.3.x-scala2.12", "newClusterNumOfWorker", "2"), CTX)
                .endsWith("; Spark 13.3.x-scala2.12 offered"));
        failure(Failure.CONFIG, () -> connector.testConnection(rest(TOKEN, "instancePoolId", POOL, "newClusterVersion", "9.1.x-scala2.12"), CTX));
    }

    @Test
    void aNewJobClusterNeedsAVersionAndNodeTypesTheWorkspaceOffers() throws Exception {
        int before = workspace.requests.size();
        String ok = connector.testConnection(rest(TOKEN, "newClusterVersion", "13.3.x-scala2.12", "newClusterNodeType", "Standard_DS3_v2",
                "newClusterNumOfWorker", "2:8", "newClusterDriverNodeType", "Standard_DS4_v2"), CTX);
        assertEquals("new job cluster of 2 to 8 workers (autoscale) (Standard_DS3_v2, driver Standard_DS4_v2) on 13.3.x-scala2.12 "
                + "\"13.3 LTS (includes Apache Spark 3.4.1, Scala 2.12)\": version and node types offered at " + workspace.url(), ok);
        assertEquals(List.of("/api/2.0/clusters/spark-versions", "/api/2.0/clusters/list-node-types"), workspace.requests.subList(before, before + 2));

        var version = failure(Failure.CONFIG, () -> connector.testConnection(rest(TOKEN, "newClusterVersion", "7.3.x-scala2.12",
                "newClusterNodeType", "Standard_DS3_v2", "newClusterNumOfWorker", "1"), CTX));
        assertEquals("Spark version 7.3.x-scala2.12 (newClusterVersion) is not offered at " + workspace.url(), version.getMessage());
        assertEquals("Choose one the workspace offers; it offers 15.4.x-scala2.12, 14.3.x-scala2.12, 13.3.x-scala2.12", version.hint());
        var node = failure(Failure.CONFIG, () -> connector.testConnection(rest(TOKEN, "newClusterVersion", "13.3.x-scala2.12",
                "newClusterNodeType", "Standard_D3_v9", "newClusterNumOfWorker", "1"), CTX));
        assertTrue(node.hint().contains("Standard_DS3_v2, Standard_DS4_v2, Standard_E8ds_v4"), node.hint());
        failure(Failure.CONFIG, () -> connector.testConnection(rest(TOKEN, "newClusterVersion", "13.3.x-scala2.12", "newClusterNodeType",
                "Standard_DS3_v2", "newClusterNumOfWorker", "8:2"), CTX));
        failure(Failure.CONFIG, () -> connector.testConnection(rest(TOKEN, "newClusterVersion", "13.3.x-scala2.12", "newClusterNumOfWorker", "2"), CTX));
    }

    @Test
    void aWrongTokenIsAnAuthFailureThatNeverShowsTheToken() {
        String wrong = "dapi-wrong-token-5f3c9a";
        var e = failure(Failure.AUTH, () -> connector.testConnection(rest(wrong, "existingClusterId", RUNNING), CTX));
        assertTrue(e.getMessage().contains("401 Unauthorized"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong) || e.hint().contains(wrong), e.getMessage() + " / " + e.hint());
    }

    @Test
    void aTokenWithoutPermissionIsAPermissionFailure() {
        var e = failure(Failure.PERMISSION, () -> connector.testConnection(rest(NO_PERMISSION_TOKEN, "existingClusterId", RUNNING), CTX));
        assertTrue(e.getMessage().contains("403 Forbidden for cluster " + RUNNING + ": User etl-reader@contoso.com does not have"), e.getMessage());
        assertFalse(e.getMessage().contains(NO_PERMISSION_TOKEN) || e.hint().contains(NO_PERMISSION_TOKEN));
    }

    @Test
    void theManagedIdentityHasNoTokenHereUnlessTheBindingGivesOne() throws Exception {
        Props msi = Props.of("domain", "https://adb-1234567890123456.7.azuredatabricks.net", "authentication", "MSI",
                "workspaceResourceId", "/subscriptions/0/resourceGroups/rg/providers/Microsoft.Databricks/workspaces/dbw", "existingClusterId", RUNNING);
        var e = failure(Failure.SECRET, () -> connector.testConnection(Specs.ls(msi, Props.EMPTY), CTX));
        assertTrue(e.getMessage().contains("managed identity (authentication: MSI), which cannot get an Entra ID token"), e.getMessage());
        assertTrue(e.hint().contains("\"accessTokenEnv\": \"DATABRICKS_TOKEN\""), e.hint());
        Props credential = Props.of("domain", "https://adb-1.2.azuredatabricks.net", "existingClusterId", RUNNING,
                "credential", Props.of("referenceName", "UAMI_Retail", "type", "CredentialReference").asMap());
        assertTrue(failure(Failure.SECRET, () -> connector.testConnection(Specs.ls(credential, Props.EMPTY), CTX)).getMessage().contains("the credential UAMI_Retail"));
        // the host turns the binding's accessTokenEnv into accessToken; with url it replaces the domain
        Props binding = Props.of("url", workspace.url() + "/", "accessToken", TOKEN);
        assertTrue(connector.testConnection(Specs.ls(msi, binding), CTX).endsWith("is RUNNING at " + workspace.url()));
    }

    @Test
    void theBindingsTokenWinsOverTheLinkedServicesAndAKeyVaultTokenNeedsOne() throws Exception {
        LinkedServiceSpec stale = rest("dapi-stale-1", "existingClusterId", RUNNING);
        assertTrue(connector.testConnection(Specs.ls(stale.properties(), Props.of("accessToken", TOKEN)), CTX).contains("RUNNING"));
        Props vault = Props.of("domain", workspace.url(), "existingClusterId", RUNNING, "accessToken",
                Props.of("type", "AzureKeyVaultSecret", "store", Props.of("referenceName", "LS_KeyVault").asMap(), "secretName", "dbx-pat").asMap());
        failure(Failure.SECRET, () -> connector.testConnection(Specs.ls(vault, Props.EMPTY), CTX));
        assertTrue(connector.testConnection(Specs.ls(vault, Props.of("accessToken", TOKEN)), CTX).contains("RUNNING"));
    }

    @Test
    void networkFailures() throws Exception {
        failure(Failure.REFUSED, () -> connector.testConnection(at("http://127.0.0.1:" + SilentServer.closedPort(), TOKEN, "existingClusterId", RUNNING), CTX));
        failure(Failure.DNS, () -> connector.testConnection(at("https://no-such-host.invalid", TOKEN, "existingClusterId", RUNNING), CTX));
        try (SilentServer silent = new SilentServer()) {
            long start = System.nanoTime();
            failure(Failure.TIMEOUT, () -> connector.testConnection(at("http://127.0.0.1:" + silent.port(), TOKEN, "existingClusterId", RUNNING),
                    CallContext.of(Duration.ofMillis(500))));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5_000);
        }
    }

    @Test
    void cancelAbortsTheRequestItWaitsOn() throws Exception {
        List<Runnable> hooks = new CopyOnWriteArrayList<>();
        CallContext ctx = new CallContext() {
            @Override
            public Duration timeout() {
                return Duration.ofSeconds(60);
            }

            @Override
            public boolean cancelled() {
                return false;
            }

            @Override
            public void onCancel(Runnable abort) {
                hooks.add(abort);
            }
        };
        try (SilentServer silent = new SilentServer()) {
            Thread canceller = new Thread(() -> {
                try {
                    while (hooks.isEmpty()) Thread.sleep(20);
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
                hooks.forEach(Runnable::run);
            });
            canceller.start();
            long start = System.nanoTime();
            failure(Failure.CANCELLED, () -> connector.testConnection(at("http://127.0.0.1:" + silent.port(), TOKEN, "existingClusterId", RUNNING), ctx));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 10_000);
            canceller.join();
        }
    }

    @Test
    void browseListsClustersAndPools() throws Exception {
        List<Entry> entries = connector.browse(rest(TOKEN), "", CTX);
        assertEquals(List.of(new Entry("retail-etl", "cluster", RUNNING, -1), new Entry("ad-hoc analysis", "cluster", TERMINATED, -1),
                new Entry("retail-pool", "pool", POOL, -1)), entries);
        assertEquals(List.of(new Entry("retail-pool", "pool", POOL, -1)), connector.browse(rest(TOKEN), POOL, CTX));
        failure(Failure.NOT_FOUND, () -> connector.browse(rest(TOKEN), "nothing", CTX));
    }

    @Test
    void settingsThatCannotBeUsedAreConfigProblemsAndThereIsNoData() throws Exception {
        assertEquals(java.util.Set.of("AzureDatabricks"), connector.linkedServiceTypes());
        assertTrue(connector.datasetTypes().isEmpty());
        failure(Failure.CONFIG, () -> connector.testConnection(Specs.ls(Props.of("accessToken", TOKEN, "existingClusterId", RUNNING), Props.EMPTY), CTX));
        failure(Failure.CONFIG, () -> connector.testConnection(at("adb-1.2.azuredatabricks.net", TOKEN, "existingClusterId", RUNNING), CTX));
        var none = failure(Failure.CONFIG, () -> connector.testConnection(rest(TOKEN), CTX));
        assertTrue(none.getMessage().contains("no existingClusterId, instancePoolId or newClusterVersion"), none.getMessage());
        var read = failure(Failure.CONFIG, () -> connector.read(new DatasetSpec("DS", "Json", Props.EMPTY, rest(TOKEN), null), 10, CTX));
        assertEquals("Databricks linked services are compute, not data; preview a dataset", read.getMessage());
    }

    @Test
    void theChecksSayTheSameFromTheRestApiAndFromTheStandInFile() throws Exception {
        Object[][] settings = {{"existingClusterId", RUNNING}, {"existingClusterId", TERMINATED}, {"instancePoolId", POOL},
                {"newClusterVersion", "14.3.x-scala2.12", "newClusterNodeType", "Standard_E8ds_v4", "newClusterNumOfWorker", "1"}};
        for (Object[] s : settings) {
            String fromRest = connector.testConnection(rest(TOKEN, s), CTX).replace("at " + workspace.url(), "@");
            String fromFile = connector.testConnection(Specs.ls(Props.of(s), Specs.workspaceFile()), CTX).replace("in the stand-in file workspace.json", "@");
            assertEquals(fromRest, fromFile);
        }
        assertEquals(connector.browse(rest(TOKEN), "", CTX), connector.browse(Specs.ls(Props.EMPTY, Specs.workspaceFile()), "", CTX));
        ConnectorException e = failure(Failure.NOT_FOUND, () -> connector.testConnection(Specs.ls(Props.of("existingClusterId", "x"), Specs.workspaceFile()), CTX));
        assertTrue(e.getMessage().startsWith("cluster x is not in the stand-in file workspace.json"), e.getMessage());
    }
}
