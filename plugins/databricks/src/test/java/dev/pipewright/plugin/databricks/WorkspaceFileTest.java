package dev.pipewright.plugin.databricks;

import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pipewright.plugin.databricks.Specs.POOL;
import static dev.pipewright.plugin.databricks.Specs.RUNNING;
import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stand-in file: {"workspace": "…"} answers the same checks from a file in the REST API's shapes, with no network and no token. */
class WorkspaceFileTest {
    private final DatabricksConnector connector = new DatabricksConnector();

    /** The demo's linked service (managed identity, no token) bound to a workspace file. */
    private static LinkedServiceSpec msi(Props binding, Path baseDir, Object... settings) {
        Props p = Props.of("domain", "https://adb-1234567890123456.7.azuredatabricks.net", "authentication", "MSI").with(Props.of(settings));
        return new LinkedServiceSpec("LS_Databricks", "AzureDatabricks", p, binding, baseDir);
    }

    private static LinkedServiceSpec msi(Object... settings) {
        return msi(Specs.workspaceFile(), Specs.WORKSPACE.getParent(), settings);
    }

    @Test
    void aClusterPoolAndJobClusterFromTheFileWithoutAToken() throws Exception {
        assertEquals("cluster " + RUNNING + " \"retail-etl\" (13.3.x-scala2.12) is RUNNING in the stand-in file workspace.json",
                connector.testConnection(msi("existingClusterId", RUNNING), CTX));
        assertTrue(connector.testConnection(msi("instancePoolId", POOL), CTX).startsWith("instance pool " + POOL + " \"retail-pool\""));
        assertTrue(connector.testConnection(msi("newClusterVersion", "15.4.x-scala2.12", "newClusterNodeType", "Standard_DS4_v2",
                "newClusterNumOfWorker", "3"), CTX).endsWith(": version and node type offered in the stand-in file workspace.json"));
        var node = failure(Failure.CONFIG, () -> connector.testConnection(msi("newClusterVersion", "15.4.x-scala2.12",
                "newClusterNodeType", "Standard_NC6", "newClusterNumOfWorker", "3"), CTX));
        assertEquals("node type Standard_NC6 (newClusterNodeType) is not offered in the stand-in file workspace.json", node.getMessage());
    }

    @Test
    void aClusterTheFileDoesNotHaveIsNotFoundListingTheIdsItHas() {
        var e = failure(Failure.NOT_FOUND, () -> connector.testConnection(msi("existingClusterId", "0909-090909-gone0909"), CTX));
        assertEquals("cluster 0909-090909-gone0909 is not in the stand-in file workspace.json; it has 0101-101010-retail01, 0202-020202-adhoc002",
                e.getMessage());
        assertTrue(e.hint().contains("existingClusterId"), e.hint());
    }

    @Test
    void aMissingFileIsNotFound(@TempDir Path dir) {
        var e = failure(Failure.NOT_FOUND, () -> connector.testConnection(msi(Props.of("workspace", "dbx/workspace.json"), dir, "existingClusterId", RUNNING), CTX));
        assertEquals("The workspace stand-in file dbx/workspace.json does not exist (" + dir.resolve("dbx/workspace.json") + ")", e.getMessage());
    }

    @Test
    void malformedJsonIsAFormatProblemAtItsLineAndColumn(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("workspace.json"), "{\n  \"clusters\": [\n    {\"cluster_id\": \"a\",}\n  ]\n}\n");
        var e = failure(Failure.FORMAT, () -> connector.testConnection(msi(Props.of("workspace", "workspace.json"), dir, "existingClusterId", "a"), CTX));
        assertTrue(e.getMessage().startsWith("The workspace stand-in file workspace.json:3:24 is not valid JSON: Unexpected character ('}'"), e.getMessage());
        Files.writeString(dir.resolve("workspace.json"), "{\"clusters\": {\"cluster_id\": \"a\"}}");
        var shape = failure(Failure.FORMAT, () -> connector.testConnection(msi(Props.of("workspace", "workspace.json"), dir, "existingClusterId", "a"), CTX));
        assertEquals("The workspace stand-in file workspace.json: \"clusters\" is not an array", shape.getMessage());
        Files.writeString(dir.resolve("workspace.json"), "[]");
        failure(Failure.FORMAT, () -> connector.testConnection(msi(Props.of("workspace", "workspace.json"), dir, "existingClusterId", "a"), CTX));
    }

    @Test
    void browseListsTheFilesClustersAndPools(@TempDir Path dir) throws Exception {
        List<Entry> entries = connector.browse(msi(), "", CTX);
        assertEquals(List.of("cluster " + RUNNING, "cluster 0202-020202-adhoc002", "pool " + POOL), entries.stream().map(e -> e.kind() + " " + e.path()).toList());
        Files.writeString(dir.resolve("empty.json"), "{}");
        assertEquals(List.of(), connector.browse(msi(Props.of("workspace", "empty.json"), dir), "", CTX));
    }
}
