package dev.pipewright.core.model;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.testing.Corpus;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed views read real ADF files from the corpus; expected values were read off the files by hand. */
class ModelViewsTest {
    private static Factory corpus(String root) {
        return Factory.load(Corpus.root().resolve(root));
    }

    private static IntegrationRuntime ir(Factory f, String name) {
        return new IntegrationRuntime(f.get(ResourceKind.INTEGRATION_RUNTIME, name).orElseThrow());
    }

    @Test
    void integrationRuntimesOfEveryKind() {
        Factory big = corpus("Azure-Player__azure.datafactory.tools__BigFactorySample2");
        IntegrationRuntime azure = ir(big, "AzureIR");
        assertEquals(IntegrationRuntime.Kind.AZURE, azure.kind());
        assertEquals("North Europe", azure.location().orElseThrow());
        assertFalse(azure.isAutoResolve());
        assertEquals(8, azure.dataFlowCoreCount().getAsInt());
        IntegrationRuntime shared = ir(big, "SharedIR-DEV2019");
        assertEquals(IntegrationRuntime.Kind.LINKED_SELF_HOSTED, shared.kind());
        assertTrue(shared.linkedResourceId().orElseThrow().endsWith("/integrationruntimes/IR-DEV2019"));

        IntegrationRuntime vnet = ir(corpus("Azure-Player__azure.datafactory.tools__BigFactorySample2_vnet"), "AzureIR-VnetEnabled");
        assertEquals("default", vnet.managedVirtualNetwork().orElseThrow());

        IntegrationRuntime autoInVnet = ir(corpus("KV-APAC-DNA__gitadfadbplt001"), "AutoResolveIntegrationRuntime");
        assertTrue(autoInVnet.isAutoResolve());
        assertTrue(autoInVnet.managedVirtualNetwork().isPresent());

        Factory kotaro = corpus("kotarokawasaki__azuredatafactory");
        assertEquals(IntegrationRuntime.Kind.AZURE_SSIS, ir(kotaro, "SSISIR").kind());
        assertEquals(IntegrationRuntime.Kind.SELF_HOSTED, ir(kotaro, "SHIR").kind());
        assertTrue(ir(kotaro, "SHIR").location().isEmpty());
    }

    @Test
    void pipelinesWithNestedActivitiesAndDependencies() {
        Pipeline db = new Pipeline(corpus("KV-APAC-DNA__gitadfadbplt001").get(ResourceKind.PIPELINE, "DB").orElseThrow());
        assertEquals(31, db.activities().size());
        List<Activity> all = db.allActivities();
        assertEquals(61, all.size());
        Activity sw = all.stream().filter(a -> a.name().equals("load_with_load_method")).findFirst().orElseThrow();
        assertEquals("Switch", sw.type());
        assertTrue(sw.isContainer());
        assertEquals("Default", sw.branches().get(sw.branches().size() - 1).label());
        Activity inner = sw.branches().get(0).activities().get(0);
        assertEquals(sw, inner.container().orElseThrow());
        assertEquals(1, inner.depth());
        assertTrue(inner.pointer().startsWith(sw.pointer() + "/typeProperties/cases/0/activities/"), inner.pointer());
        Dependency first = all.get(0).dependsOn().get(0);
        assertEquals("load_with_load_method", first.activity());
        assertEquals(List.of("Succeeded"), first.conditions());
    }

    @Test
    void triggersInBothShapes() {
        Factory kotaro = corpus("kotarokawasaki__azuredatafactory");
        Trigger tumbling = new Trigger(kotaro.get(ResourceKind.TRIGGER, "Trigger_2we").orElseThrow());
        assertEquals("TumblingWindowTrigger", tumbling.type());
        assertEquals("Stopped", tumbling.runtimeState());
        assertEquals(List.of("blob_to_sql_lastmodifieddate"), tumbling.pipelineNames());
        Trigger daily = new Trigger(corpus("Azure-Player__azure.datafactory.tools__BigFactorySample2")
                .get(ResourceKind.TRIGGER, "TR_RunEveryDay").orElseThrow());
        assertEquals("Started", daily.runtimeState());
        assertEquals(List.of("PL_Wait5sec"), daily.pipelineNames());
    }

    @Test
    void factoryGlobalParametersCredentialsAndPrivateEndpoints() {
        Factory big = corpus("Azure-Player__azure.datafactory.tools__BigFactorySample2");
        Map<String, FactoryInfo.GlobalParameter> gp = FactoryInfo.of(big).orElseThrow().globalParameters().stream()
                .collect(Collectors.toMap(FactoryInfo.GlobalParameter::name, p -> p));
        assertEquals("This is text", gp.get("GP-String").value().textValue());
        assertEquals(2000000, gp.get("GP-Int").value().intValue());
        assertEquals("float", gp.get("GP-Float").type());

        assertEquals("ServicePrincipal", Credential.all(big).get(0).type());
        Credential mi = Credential.all(corpus("amitcs50n__new_incremental_load2026")).get(0);
        assertEquals("ManagedIdentity", mi.type());
        assertTrue(mi.resourceId().orElseThrow().endsWith("/userAssignedIdentities/AmitIdentity"));

        List<ManagedPrivateEndpoint> mpes = ManagedPrivateEndpoint.all(corpus("lordlinus__az-data-factory"));
        assertEquals(4, mpes.size());
        ManagedPrivateEndpoint sql = mpes.stream().filter(m -> m.name().equals("ssattdlz01devsqlserver001")).findFirst().orElseThrow();
        assertEquals("sqlServer", sql.groupId().orElseThrow());
        assertEquals("default", sql.managedVirtualNetwork());
        assertEquals("managedPrivateEndpoint/default/ssattdlz01devsqlserver001", sql.resource().id().toString());
    }

    @Test
    void everyGitFolderIsRead(@TempDir Path dir) {
        new FactoryFolder(dir)
                .file("adfcdc/Cdc1.json", "{\"name\": \"Cdc1\", \"properties\": {}}")
                .file("credential/C1.json", "{\"name\": \"C1\", \"properties\": {\"type\": \"ManagedIdentity\"}}")
                .file("dataflow/Df1.json", "{\"name\": \"Df1\", \"properties\": {\"type\": \"MappingDataFlow\", \"typeProperties\": "
                        + "{\"sources\": [{\"name\": \"src\"}], \"sinks\": [{\"name\": \"out\"}], \"scriptLines\": [\"a\", \"b\"]}}}")
                .file("factory/demo-df.json", "{\"name\": \"demo-df\", \"location\": \"East US\"}")
                .file("managedVirtualNetwork/default.json", "{\"name\": \"default\", \"type\": \"Microsoft.DataFactory/factories/managedvirtualnetworks\"}")
                .file("managedVirtualNetwork/default/managedPrivateEndpoint/Pe1.json", "{\"name\": \"Pe1\", \"properties\": {\"groupId\": \"blob\"}}")
                .file("publish_config.json", "{\"publishBranch\":\"factory/adf_publish\"}")
                .file("arm-template-parameters-definition.json", "{\"Microsoft.DataFactory/factories/pipelines\": {}}");
        Factory f = Factory.load(dir);
        assertEquals(List.of(), f.loadProblems());
        for (ResourceKind kind : List.of(ResourceKind.CHANGE_DATA_CAPTURE, ResourceKind.CREDENTIAL, ResourceKind.DATA_FLOW,
                ResourceKind.FACTORY, ResourceKind.MANAGED_VIRTUAL_NETWORK, ResourceKind.MANAGED_PRIVATE_ENDPOINT)) {
            assertEquals(1, f.resources(kind).size(), kind.toString());
        }
        assertEquals(2, f.configFiles().size());
        DataFlow df = DataFlow.all(f).get(0);
        assertEquals(List.of("src"), df.sourceNames());
        assertEquals("a\nb\n", df.script());
        assertEquals("East US", FactoryInfo.of(f).orElseThrow().location().orElseThrow());
        assertFalse(f.resources().stream().anyMatch(r -> r.isModified()), "reading views never changes a resource");
    }
}
