package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Deleting from the Manage hub: refused while referenced (referrers listed), the default IR never, and what a hub save writes. */
class DeletionTest {
    @TempDir
    Path dir;

    private Factory demo() {
        return dev.pipewright.core.testing.FactoryFolder.demoCopy(dir);
    }

    private static ResourceId ls(String name) {
        return ResourceId.of(ResourceKind.LINKED_SERVICE, name);
    }

    @Test
    void aReferencedLinkedServiceIsRefusedWithEveryReferrerListed() {
        Factory f = demo();
        Problem p = Deletion.refusal(f, ls("LS_KeyVault")).orElseThrow();
        assertEquals("PW813", p.code());
        assertEquals("Linked service 'LS_KeyVault' cannot be deleted: it is referenced by linkedService/LS_AzureSql_Sales, "
                + "linkedService/LS_Blob_Landing, linkedService/LS_Postgres_Loyalty, linkedService/LS_Sftp_Suppliers, "
                + "linkedService/LS_SqlServer_Finance, linkedService/LS_SqlServer_Stores", p.message());
        assertEquals(Deletion.referrers(f, ls("LS_KeyVault")).size(), 6);
    }

    @Test
    void theDefaultRuntimeIsNeverDeletedAndAnIrUsedByLinkedServicesIsRefused() {
        Factory f = demo();
        assertEquals("PW814", Deletion.refusal(f, ResourceId.of(ResourceKind.INTEGRATION_RUNTIME, "AutoResolveIntegrationRuntime"))
                .orElseThrow().code());
        Problem shir = Deletion.refusal(f, ResourceId.of(ResourceKind.INTEGRATION_RUNTIME, "SHIR-Corp")).orElseThrow();
        assertTrue(shir.message().startsWith("Integration runtime 'SHIR-Corp' cannot be deleted: it is referenced by linkedService/LS_SqlServer_Stores"),
                shir.message());
    }

    @Test
    void aGlobalParameterReadByAnExpressionIsRefusedAndAnUnusedOneMayGo() {
        Factory f = demo();
        Problem p = Deletion.globalParameterRefusal(f, "GP_ENVIRONMENT").orElseThrow();
        assertTrue(p.message().startsWith("Global parameter 'GP_ENVIRONMENT' cannot be deleted: it is referenced by pipeline/"), p.message());
        assertTrue(p.message().contains("pipeline/PL_Forecast_Demand"), p.message());
        assertTrue(Deletion.globalParameterRefusal(f, "gp_never_used").isEmpty());
    }

    @Test
    void anUnreferencedLinkedServiceMayGoAndAHubSaveDeletesOnlyItsFile() throws Exception {
        Factory f = demo();
        ObjectNode json = ResourceJsonEditor.newLinkedService("LS_Spare", "AzureBlobStorage");
        f.add(Resource.create(ResourceKind.LINKED_SERVICE, json));
        assertEquals(List.of("linkedService/LS_Spare.json"), FactoryWriter.save(f, ls("LS_Spare")).written());
        assertTrue(Deletion.refusal(f, ls("LS_Spare")).isEmpty());

        // An unsaved canvas edit of a pipeline must not be written by the hub's save.
        Resource pipeline = f.get(ResourceKind.PIPELINE, "PL_Forecast_Demand").orElseThrow();
        String pipelineBefore = Files.readString(dir.resolve("pipeline/PL_Forecast_Demand.json"));
        ((ObjectNode) pipeline.properties()).put("description", "edited on the canvas, not saved");

        f.remove(ls("LS_Spare"));
        assertTrue(f.removalPending(ls("LS_Spare")));
        FactoryWriter.Result saved = FactoryWriter.save(f, ls("LS_Spare"));
        assertEquals(List.of("linkedService/LS_Spare.json"), saved.deleted());
        assertEquals(List.of(), saved.written());
        assertFalse(Files.exists(dir.resolve("linkedService/LS_Spare.json")));
        assertFalse(f.removalPending(ls("LS_Spare")));
        assertEquals(pipelineBefore, Files.readString(dir.resolve("pipeline/PL_Forecast_Demand.json")));
        assertTrue(pipeline.isModified());

        // Undo of the delete: the resource comes back and its save writes the file again.
        f.add(Resource.create(ResourceKind.LINKED_SERVICE, json));
        assertEquals(List.of("linkedService/LS_Spare.json"), FactoryWriter.save(f, ls("LS_Spare")).written());
        assertTrue(Files.exists(dir.resolve("linkedService/LS_Spare.json")));
    }

    @Test
    void aResourceRemovedBeforeItWasSavedIsNoUnsavedChangeYetItsFileGoesIfABackgroundSaveWroteIt() throws Exception {
        Factory f = demo();
        f.add(Resource.create(ResourceKind.LINKED_SERVICE, ResourceJsonEditor.newLinkedService("LS_Draft", "AzureBlobStorage")));
        assertTrue(f.hasUnsavedChanges());
        f.remove(ls("LS_Draft"));
        assertFalse(f.hasUnsavedChanges(), f.pendingDeletions().toString());
        assertTrue(f.removalPending(ls("LS_Draft")));

        // a save of the resource, queued before its removal, wrote the file meanwhile: the hub's save removes it
        Files.writeString(dir.resolve("linkedService/LS_Draft.json"), "{}");
        assertEquals(List.of("linkedService/LS_Draft.json"), FactoryWriter.save(f, ls("LS_Draft")).deleted());
        assertFalse(Files.exists(dir.resolve("linkedService/LS_Draft.json")));
        assertFalse(f.removalPending(ls("LS_Draft")));
    }

    @Test
    void aRemovedThenReAddedResourceKeepsItsFile() throws Exception {
        Factory f = demo();
        Resource http = f.get(ResourceKind.LINKED_SERVICE, "LS_Http_ExchangeRates").orElseThrow();
        String before = Files.readString(dir.resolve("linkedService/LS_Http_ExchangeRates.json"));
        f.remove(http.id());
        f.add(Resource.create(ResourceKind.LINKED_SERVICE, http.json().deepCopy()));
        FactoryWriter.Result saved = FactoryWriter.save(f, http.id());
        assertEquals(List.of(), saved.deleted());
        assertEquals(before, Files.readString(dir.resolve("linkedService/LS_Http_ExchangeRates.json")));
    }
}
