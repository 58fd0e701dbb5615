package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The code view of linked services and credentials: ADF's checks, connectVia, masked secrets, apply and save. */
class ResourceJsonEditorTest {
    @TempDir
    Path dir;

    private Factory demo() {
        return dev.pipewright.core.testing.FactoryFolder.demoCopy(dir);
    }

    private static List<String> codes(List<Problem> problems) {
        return problems.stream().map(Problem::code).toList();
    }

    @Test
    void aNewLinkedServiceWithASecretIsWrittenInAdfsFormWithTheValueMasked() throws Exception {
        Factory f = demo();
        ObjectNode json = ResourceJsonEditor.newLinkedService("LS_Sqlite_Local", "AzureSqlDatabase");
        ObjectNode tp = (ObjectNode) json.get("properties").get("typeProperties");
        tp.put("connectionString", "Server=tcp:contoso.database.windows.net;Database=sales;User ID=etl");
        tp.putObject("password").put("type", "SecureString").put("value", "Ls-Pa55word");
        ResourceJsonEditor.connectVia(json, "IR-WestEurope");
        ResourceJsonEditor.Result r = ResourceJsonEditor.check(f, ResourceKind.LINKED_SERVICE, "LS_Sqlite_Local", false,
                AdfJsonWriter.pretty(json));
        assertTrue(r.ok(), r.problems().toString());
        Map<String, String> secrets = SecretFields.mask(r.json());
        assertEquals(Map.of("typeProperties.password", "Ls-Pa55word"), secrets);
        assertNull(ResourceJsonEditor.apply(f, ResourceKind.LINKED_SERVICE, r.json()));
        FactoryWriter.save(f);
        assertEquals("""
                {
                \t"name": "LS_Sqlite_Local",
                \t"properties": {
                \t\t"annotations": [],
                \t\t"type": "AzureSqlDatabase",
                \t\t"typeProperties": {
                \t\t\t"connectionString": "Server=tcp:contoso.database.windows.net;Database=sales;User ID=etl",
                \t\t\t"password": {
                \t\t\t\t"type": "SecureString",
                \t\t\t\t"value": "**********"
                \t\t\t}
                \t\t},
                \t\t"connectVia": {
                \t\t\t"referenceName": "IR-WestEurope",
                \t\t\t"type": "IntegrationRuntimeReference"
                \t\t}
                \t}
                }""", Files.readString(dir.resolve("linkedService/LS_Sqlite_Local.json")));
        assertTrue(SecretFields.mask(r.json()).isEmpty(), "an already masked value is not a new secret");
    }

    @Test
    void refusesBadJsonRenamesDuplicatesAndBrokenReferencesWithPositions() {
        Factory f = demo();
        ResourceJsonEditor.Result syntax = ResourceJsonEditor.check(f, ResourceKind.LINKED_SERVICE, "LS_Blob_Landing", true,
                "{\n\t\"name\": \"LS_Blob_Landing\",\n\t\"properties\": {\n\t\t\"type\": \"AzureBlobStorage\",\n\t}\n}");
        assertFalse(syntax.ok());
        assertEquals("PW101", syntax.problems().get(0).code());
        assertEquals(5, syntax.problems().get(0).line());

        String renamed = "{\"name\": \"LS_Other\", \"properties\": {\"type\": \"AzureBlobStorage\"}}";
        assertEquals(List.of("PW107"), codes(ResourceJsonEditor.check(f, ResourceKind.LINKED_SERVICE, "LS_Blob_Landing", true, renamed).problems()));
        String noType = "{\"name\": \"LS_Blob_Landing\", \"properties\": {}}";
        assertEquals(List.of("PW106"), codes(ResourceJsonEditor.check(f, ResourceKind.LINKED_SERVICE, "LS_Blob_Landing", true, noType).problems()));
        String duplicate = "{\"name\": \"ls_blob_landing\", \"properties\": {\"type\": \"AzureBlobStorage\"}}";
        assertEquals(List.of("PW111"), codes(ResourceJsonEditor.check(f, ResourceKind.LINKED_SERVICE, "ls_blob_landing", false, duplicate).problems()));
        String dash = "{\"name\": \"LS-Dash\", \"properties\": {\"type\": \"AzureBlobStorage\", \"connectVia\": "
                + "{\"referenceName\": \"IR-Missing\", \"type\": \"IntegrationRuntimeReference\"}}}";
        List<String> found = codes(ResourceJsonEditor.check(f, ResourceKind.LINKED_SERVICE, "LS-Dash", false, dash).problems());
        assertTrue(found.containsAll(List.of("PW204", "PW303")), found.toString());
    }

    @Test
    void editingReturnsTheContentBeforeForUndoAndConnectViaDefaultRemovesIt() {
        Factory f = demo();
        var ls = f.get(ResourceKind.LINKED_SERVICE, "LS_SqlServer_Stores").orElseThrow();
        ObjectNode edited = ls.json().deepCopy();
        ResourceJsonEditor.connectVia(edited, "AutoResolveIntegrationRuntime");
        assertFalse(edited.get("properties").has("connectVia"));
        ResourceJsonEditor.Result r = ResourceJsonEditor.check(f, ResourceKind.LINKED_SERVICE, "LS_SqlServer_Stores", true,
                AdfJsonWriter.pretty(edited));
        assertTrue(r.ok(), r.problems().toString());
        ObjectNode before = ResourceJsonEditor.apply(f, ResourceKind.LINKED_SERVICE, r.json());
        assertTrue(before.get("properties").has("connectVia"));
        assertFalse(f.get(ResourceKind.LINKED_SERVICE, "LS_SqlServer_Stores").orElseThrow().properties().has("connectVia"));
    }
}
