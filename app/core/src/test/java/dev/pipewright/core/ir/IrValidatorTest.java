package dev.pipewright.core.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values ADF refuses are refused with the field and a stable code; the good fixtures pass clean. */
class IrValidatorTest {
    @TempDir
    Path dir;

    private IrContext create() {
        return IrContext.forCreate(IrFixtures.demoCopy(dir), IrFixtures.REGIONS, false);
    }

    private static List<String> codesAndFields(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.code().code() + " " + p.field()).toList();
    }

    private static SsisIrSettings ssis(String nodeSize, int nodes, int parallel) {
        SsisIrSettings s = IrFixtures.ssisFull();
        return new SsisIrSettings(s.name(), s.description(), s.location(), nodeSize, nodes, parallel, s.edition(), s.licenseType(),
                s.catalog(), s.credential(), s.packageStores(), s.customSetup(), s.expressSetups(), s.virtualNetwork(), s.dataProxy());
    }

    @Test
    void theFixturesOfEveryKindAreValid() {
        IrContext context = create();
        for (IrSettings s : List.of(IrFixtures.azureWestEurope(), IrFixtures.azureManagedVnet(), IrFixtures.selfHosted(),
                IrFixtures.linked(), IrFixtures.ssisFull())) {
            assertEquals(List.of(), IrValidator.validate(s, context), s.name());
        }
    }

    @Test
    void namesFollowTheRuntimeRuleAndAreUnique() {
        IrContext context = create();
        assertEquals(List.of("PW201 name"), codesAndFields(IrValidator.validateName("ab", context)));
        assertEquals(List.of("PW205 name"), codesAndFields(IrValidator.validateName("my_ir", context)));
        assertEquals(List.of("PW205 name"), codesAndFields(IrValidator.validateName("ir--two", context)));
        assertEquals(List.of("PW205 name"), codesAndFields(IrValidator.validateName("-ir", context)));
        assertEquals(List.of("PW201 name"), codesAndFields(IrValidator.validateName("a".repeat(64), context)));
        assertEquals(List.of(), IrValidator.validateName("a".repeat(63), context));
        assertEquals(List.of("PW801 name"), codesAndFields(IrValidator.validateName("shir-corp", context)));
        assertEquals(List.of("PW801 name"), codesAndFields(IrValidator.validateName("AutoResolveIntegrationRuntime", context)));
        assertTrue(IrValidator.validateName("my_ir", context).get(0).hint().contains("'my-ir'"));
    }

    @Test
    void azureRangesAndOfferedValues() {
        IrContext context = create();
        AzureIrSettings bad = new AzureIrSettings("IR-Bad", null, "Atlantis", false,
                new AzureIrSettings.DataFlow("ComputeOptimized", 12, 241, true, null),
                new AzureIrSettings.CopyComputeScale(30, 4), new AzureIrSettings.PipelineExternalComputeScale(4, 0, 11),
                new AzureIrSettings.InteractiveAuthoring(true, 60));
        assertEquals(List.of("PW804 typeProperties.computeProperties.location",
                "PW804 typeProperties.computeProperties.dataFlowProperties.computeType",
                "PW804 typeProperties.computeProperties.dataFlowProperties.coreCount",
                "PW803 typeProperties.computeProperties.dataFlowProperties.timeToLive",
                "PW805 typeProperties.computeProperties.copyComputeScaleProperties.dataIntegrationUnit",
                "PW803 typeProperties.computeProperties.copyComputeScaleProperties.dataIntegrationUnit",
                "PW803 typeProperties.computeProperties.copyComputeScaleProperties.timeToLive",
                "PW805 typeProperties.computeProperties.pipelineExternalComputeScaleProperties.timeToLive",
                "PW803 typeProperties.computeProperties.pipelineExternalComputeScaleProperties.timeToLive",
                "PW803 typeProperties.computeProperties.pipelineExternalComputeScaleProperties.numberOfPipelineNodes",
                "PW803 typeProperties.computeProperties.pipelineExternalComputeScaleProperties.numberOfExternalNodes",
                "PW805 interactiveAuthoring"), codesAndFields(IrValidator.validate(bad, context)));
        for (int diu : new int[]{4, 8, 256}) {
            AzureIrSettings ok = new AzureIrSettings("IR-Ok", null, "AutoResolve", true, null,
                    new AzureIrSettings.CopyComputeScale(diu, 5), null, null);
            assertEquals(List.of(), IrValidator.validate(ok, context), "DIU " + diu);
        }
        AzureIrSettings over = new AzureIrSettings("IR-Ok", null, "AutoResolve", true, null, new AzureIrSettings.CopyComputeScale(260, 5), null, null);
        assertTrue(IrValidator.validate(over, context).get(0).message().contains("4 to 256 in steps of 4"));
    }

    @Test
    void ssisNodeCountParallelismAndQuota() {
        IrContext context = create();
        assertEquals(List.of("PW803 typeProperties.computeProperties.numberOfNodes"),
                codesAndFields(IrValidator.validate(ssis("Standard_D8_v3", 11, 16), context)).subList(0, 1));
        assertEquals(List.of("PW803 typeProperties.computeProperties.numberOfNodes"),
                codesAndFields(IrValidator.validate(ssis("Standard_D8_v3", 0, 16), context)));
        assertEquals(List.of("PW803 typeProperties.computeProperties.maxParallelExecutionsPerNode"),
                codesAndFields(IrValidator.validate(ssis("Standard_D8_v3", 1, 17), context)));
        assertEquals(List.of(), IrValidator.validate(ssis("Standard_D1_v2", 1, 4), context));
        assertEquals(List.of("PW803 typeProperties.computeProperties.maxParallelExecutionsPerNode"),
                codesAndFields(IrValidator.validate(ssis("Standard_D1_v2", 1, 5), context)));
        List<FieldProblem> quota = IrValidator.validate(ssis("Standard_D16_v3", 5, 8), context);
        assertEquals(List.of("PW808 typeProperties.computeProperties.numberOfNodes"), codesAndFields(quota));
        assertTrue(!quota.get(0).isError() && quota.get(0).message().contains("80 cores"));
        assertEquals(List.of("PW804 typeProperties.computeProperties.nodeSize"),
                codesAndFields(IrValidator.validate(ssis("Standard_X9", 1, 1), context)));
    }

    @Test
    void ssisDeploymentAndAdvancedFields() {
        Factory factory = IrFixtures.demoCopy(dir);
        IrContext context = IrContext.forCreate(factory, IrFixtures.REGIONS, false);
        SsisIrSettings s = IrFixtures.ssisFull();
        SsisIrSettings bad = new SsisIrSettings("SSIS-Bad", null, "", s.nodeSize(), 1, 2, "Developer", "Free",
                new SsisIrSettings.Catalog("contoso.example.com", "x".repeat(129), null, "Gold", null), null,
                List.of(new SsisIrSettings.PackageStore("P", "LS_Missing")),
                new SsisIrSettings.CustomSetup("http://insecure", null),
                List.of(new SsisIrSettings.ExpressSetup("RegistrySetup", null)),
                new SsisIrSettings.VirtualNetwork(SsisIrSettings.Injection.EXPRESS, null, null, "subnet-1", List.of()),
                new SsisIrSettings.DataProxy("IR-WestEurope", "LS_AzureSql_Sales", null));
        assertEquals(List.of("PW802 typeProperties.computeProperties.location",
                "PW804 typeProperties.ssisProperties.edition",
                "PW804 typeProperties.ssisProperties.licenseType",
                "PW809 typeProperties.ssisProperties.catalogInfo.catalogServerEndpoint",
                "PW803 typeProperties.ssisProperties.catalogInfo.catalogAdminUserName",
                "PW802 typeProperties.ssisProperties.catalogInfo.catalogAdminPassword",
                "PW804 typeProperties.ssisProperties.catalogInfo.catalogPricingTier",
                "PW301 typeProperties.ssisProperties.packageStores",
                "PW809 typeProperties.ssisProperties.customSetupScriptProperties.blobContainerUri",
                "PW802 typeProperties.ssisProperties.customSetupScriptProperties.sasToken",
                "PW809 typeProperties.ssisProperties.expressCustomSetupProperties",
                "PW809 typeProperties.customerVirtualNetwork.subnetId",
                "PW804 typeProperties.ssisProperties.dataProxyProperties.connectVia",
                "PW804 typeProperties.ssisProperties.dataProxyProperties.stagingLinkedService"),
                codesAndFields(IrValidator.validate(bad, context)));
        Problem p = IrValidator.validate(bad, context).get(0).toProblem("SSIS-Bad");
        assertEquals("integrationRuntime/SSIS-Bad", p.resource());
        assertTrue(p.message().startsWith("typeProperties.computeProperties.location: "));
    }

    @Test
    void editsCannotChangeKindNameOrVirtualNetworkAndSynapseRefusesSsis() {
        Factory factory = IrFixtures.demoCopy(dir);
        IrContext edit = IrContext.forEdit(factory, "IR-WestEurope", IrFixtures.REGIONS, false);
        assertEquals(List.of("PW806 type"), codesAndFields(IrValidator.validate(new SelfHostedIrSettings("IR-WestEurope", null), edit)));
        assertEquals(List.of("PW806 name"), codesAndFields(IrValidator.validate(
                AzureIrSettings.defaults("IR-WestEurope2"), edit)));
        AzureIrSettings intoVnet = new AzureIrSettings("IR-WestEurope", null, "West Europe", true, null, null, null, null);
        assertEquals(List.of("PW806 managedVirtualNetwork"), codesAndFields(IrValidator.validate(intoVnet, edit)));
        IrContext synapse = IrContext.forCreate(factory, IrFixtures.REGIONS, true);
        assertEquals("PW607 type", codesAndFields(IrValidator.validate(IrFixtures.ssisFull(), synapse)).get(0));
        IrContext editSsis = IrContext.forEdit(factory, "SSIS-EastUS", IrFixtures.REGIONS, false);
        SsisIrSettings existing = (SsisIrSettings) IrSettingsReader.read(new dev.pipewright.core.model.IntegrationRuntime(
                factory.get(dev.pipewright.core.factory.ResourceKind.INTEGRATION_RUNTIME, "SSIS-EastUS").orElseThrow()));
        assertEquals(List.of(), IrValidator.validate(existing, editSsis), "an edit keeps the stored password");
    }
}
