package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Synapse mode: workspace_publish's two files, against hand-written expectations (the corpus holds no Synapse publish). */
class ArmWorkspaceTest {
    private static final FactoryId WORKSPACE = FactoryId.parse("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Synapse/workspaces/contoso-ws");

    @Test
    void workspaceTemplateAndParametersWithTheWorkspacesDefinitionFile(@TempDir Path dir) {
        FactoryFolder f = ArmParameterizationTest.basics(dir).file(ParameterDefinition.SYNAPSE_FILE, """
                {
                	"Microsoft.Synapse/workspaces/linkedServices": {
                		"*": {"properties": {"typeProperties": {"baseUrl": "="}}}
                	}
                }""");
        ArmExport.Result result = ArmExport.build(Factory.load(f.root()), WORKSPACE, ArmExport.Options.ADF);
        assertTrue(result.ok(), result.problems().toString());
        assertEquals(Set.of("TemplateForWorkspace.json", "TemplateParametersForWorkspace.json"), result.files().keySet());
        JsonNode t = TemplateComparison.read(result.files().get("TemplateForWorkspace.json"));
        assertEquals(List.of("workspaceName", "Lake_servicePrincipalKey", "Sql_password", "Vault_properties_typeProperties_baseUrl"),
                ArmParameterizationTest.names(t.get("parameters")));
        assertEquals("Workspace name", t.get("parameters").get("workspaceName").get("metadata").asText());
        assertEquals("contoso-ws", t.get("parameters").get("workspaceName").get("defaultValue").asText());
        assertEquals("[concat('Microsoft.Synapse/workspaces/', parameters('workspaceName'))]", t.get("variables").get("workspaceId").asText());
        JsonNode sql = ArmParameterizationTest.resource(t, "linkedServices/Sql");
        assertEquals("Microsoft.Synapse/workspaces/linkedServices", sql.get("type").asText());
        assertEquals("[concat(parameters('workspaceName'), '/Sql')]", sql.get("name").asText());
        assertEquals("2019-06-01-preview", sql.get("apiVersion").asText());
        assertEquals("[concat(variables('workspaceId'), '/linkedServices/Vault')]", sql.get("dependsOn").get(0).asText());
        JsonNode values = TemplateComparison.read(result.files().get("TemplateParametersForWorkspace.json")).get("parameters");
        assertEquals("contoso-ws", values.get("workspaceName").get("value").asText());
        assertEquals("", values.get("Sql_password").get("value").asText());
        assertEquals(List.of(), ArmTemplateCheck.checkExport(result.files()));
    }

    @Test
    void aBadRuleInTheWorkspacesDefinitionIsAProblemInThatFile(@TempDir Path dir) {
        FactoryFolder f = ArmParameterizationTest.basics(dir).file(ParameterDefinition.SYNAPSE_FILE,
                "{\n\t\"Microsoft.Synapse/workspaces/pipelines\": {\n\t\t\"properties\": {\"activities\": \"?\"}\n\t}\n}");
        ArmExport.Result result = ArmExport.build(Factory.load(f.root()), WORKSPACE, ArmExport.Options.ADF);
        assertTrue(result.files().isEmpty());
        Problem p = result.problems().stream().filter(x -> x.code().equals("PW950")).findFirst().orElseThrow();
        assertEquals(ParameterDefinition.SYNAPSE_FILE, p.file());
        assertEquals(3, p.line());
    }
}
