package dev.pipewright.runtime.placement;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.Severity;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.pipewright.runtime.placement.World.control;
import static dev.pipewright.runtime.placement.World.copy;
import static dev.pipewright.runtime.placement.World.onDataset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's API around the rules: paths, nesting, positions, authoring, factory settings and factory-level problems. */
class PlacementEngineTest {
    @TempDir
    Path dir;

    @Test
    void everyActivityNestedOrNotGetsOnePlacementWithItsPath() {
        String inner = "[" + copy("CopySales", "DS_SqlSales", "DS_BlobSales") + "]";
        World w = World.standard(dir);
        w.pipeline("P", "[{\"name\": \"ForEach1\", \"type\": \"ForEach\", \"typeProperties\": {\"activities\": " + inner + "}},"
                + "{\"name\": \"If1\", \"type\": \"IfCondition\", \"typeProperties\": {\"ifTrueActivities\": [" + control("Wait1", "Wait")
                + "], \"ifFalseActivities\": [{\"name\": \"Switch1\", \"type\": \"Switch\", \"typeProperties\": {\"cases\": [{\"value\": \"a\", "
                + "\"activities\": [" + onDataset("Look", "Lookup", "DS_SqlOnPrem") + "]}]}}]}}]");
        w.pipeline("Q", "[]");
        List<Placement> all = PlacementEngine.of(w.load(), World.profile("")).resolveAll();
        assertEquals(List.of("P/ForEach1", "P/ForEach1/CopySales", "P/If1", "P/If1/Wait1", "P/If1/Switch1", "P/If1/Switch1/Look"),
                all.stream().map(Placement::path).toList());
        Placement copySales = all.get(1);
        assertEquals("P", copySales.pipeline());
        assertEquals("CopySales", copySales.activity());
        assertEquals("Copy", copySales.activityType());
        assertEquals("AutoResolveIntegrationRuntime (West US)", copySales.display());
        assertEquals("SHIR-Corp", all.get(5).display(), "self-hosted: the bare name, like ADF's effectiveIntegrationRuntime");
        assertEquals("Orchestration (East US)", all.get(0).display());
        assertNull(all.get(0).integrationRuntime());
    }

    @Test
    void problemsPointAtTheActivityInItsFile() {
        World w = World.standard(dir);
        w.file("pipeline/P.json", "{\n\t\"name\": \"P\",\n\t\"properties\": {\n\t\t\"activities\": [\n\t\t\t"
                + control("Ok", "Wait") + ",\n\t\t\t" + onDataset("Bad", "Lookup", "DS_SqlOnPremDefault") + "\n\t\t]\n\t}\n}");
        Placement bad = PlacementEngine.of(w.load(), World.profile("")).resolveAll().get(1);
        Problem p = bad.problems().get(0);
        assertEquals("PW601", p.code());
        assertEquals("pipeline/P", p.resource());
        assertEquals("pipeline/P.json", p.file());
        assertEquals(6, p.line());
        assertEquals(4, p.column());
    }

    @Test
    void inactiveActivitiesReportErrorsAsWarnings() {
        String inactive = "{\"name\": \"Off\", \"type\": \"Lookup\", \"state\": \"Inactive\", \"onInactiveMarkAs\": \"Succeeded\", "
                + "\"typeProperties\": {\"dataset\": {\"referenceName\": \"DS_SqlOnPremDefault\", \"type\": \"DatasetReference\"}}}";
        Placement p = PlacementEngine.of(World.standard(dir).pipeline("P", "[" + inactive + "]").load(), World.profile(""))
                .resolveAll().get(0);
        assertEquals("PW601", p.problems().get(0).code());
        assertEquals(Severity.WARNING, p.problems().get(0).severity());
        assertFalse(p.hasErrors());
        assertTrue(p.reasons().stream().anyMatch(r -> r.startsWith("inactive: ADF skips it")), p.reasons().toString());
    }

    @Test
    void testConnectionAndPreviewRunWhereAuthoringRuns() {
        PlacementEngine engine = PlacementEngine.of(World.standard(dir).load(), World.profile(""));
        AuthoringPlacement blob = engine.authoring("blobsales");
        assertEquals("BlobSales", blob.linkedService());
        assertEquals("AutoResolveIntegrationRuntime (East US)", blob.display(), "authoring ignores the store's region");
        assertTrue(blob.reasons().contains("Authoring (test connection, browse, preview) on an auto-resolve Azure IR runs in the factory region East US"),
                blob.reasons().toString());
        assertEquals("SHIR-Corp", engine.authoring("SqlOnPrem").display());
        assertEquals("IR-WestEurope (West Europe)", engine.authoring("BlobWestEurope").display());
        assertEquals("IR-VNet (East US)", engine.authoring("LakeOk").display());

        AuthoringPlacement unreachable = engine.authoring("SqlOnPremDefault");
        assertEquals("PW601", unreachable.problems().get(0).code());
        assertEquals("linkedService/SqlOnPremDefault.json", unreachable.problems().get(0).file());
        assertEquals("PW605", engine.authoring("SqlViaSsis").problems().get(0).code());
        assertEquals("PW301", engine.authoring("Nope").problems().get(0).code());

        AuthoringPlacement preview = engine.preview("DS_SqlOnPrem");
        assertEquals("SqlOnPrem", preview.linkedService());
        assertEquals("SHIR-Corp", preview.display());
        assertEquals("dataset DS_SqlOnPrem uses linked service SqlOnPrem", preview.reasons().get(0));
        assertEquals("PW302", engine.preview("DS_Nope").problems().get(0).code());
    }

    @Test
    void factoryRegionComesFromTheProfileThenTheFactoryFileThenTheDefault() {
        World w = World.standard(dir);
        Factory noFile = w.load();
        FactorySettings byDefault = PlacementEngine.of(noFile, EnvironmentProfile.defaults()).factory();
        assertEquals("East US", byDefault.region().displayName());
        assertTrue(byDefault.regionSource().startsWith("the default"));
        assertEquals(dir.getFileName().toString(), byDefault.name(), "no factory file: the folder's name");
        assertEquals("DataFactory", byDefault.mode().label());

        w.file("factory/contoso-df.json", "{\"name\": \"contoso-df\", \"location\": \"northeurope\"}");
        Factory withFile = w.load();
        FactorySettings fromFile = PlacementEngine.of(withFile, EnvironmentProfile.defaults()).factory();
        assertEquals("North Europe", fromFile.region().displayName());
        assertEquals("the factory file", fromFile.regionSource());
        assertEquals("contoso-df", fromFile.name());

        FactorySettings fromProfile = PlacementEngine.of(withFile, World.profile("")).factory();
        assertEquals("East US", fromProfile.region().displayName());
        assertEquals("the profile", fromProfile.regionSource());

        FactorySettings fromCommandLine = PlacementEngine.of(withFile, World.profile("").withFactoryRegion("Japan East", "--factory-region")).factory();
        assertEquals("Japan East", fromCommandLine.region().displayName());
        assertEquals("--factory-region", fromCommandLine.regionSource());
    }

    @Test
    void unknownFactoryFileRegionFallsBackToEastUsWithAWarning() {
        World w = World.standard(dir).file("factory/f.json", "{\n\t\"name\": \"f\",\n\t\"location\": \"atlantis\"\n}");
        PlacementEngine engine = PlacementEngine.of(w.load(), EnvironmentProfile.defaults());
        assertEquals("East US", engine.factory().region().displayName());
        Problem p = engine.problems().stream().filter(x -> x.file() != null && x.file().equals("factory/f.json")).findFirst().orElseThrow();
        assertEquals("PW611", p.code());
        assertEquals(3, p.line());
    }

    @Test
    void factoryLevelProblemsAboutRuntimesAndTheProfile() {
        World w = World.standard(dir);
        String profile = """
                {"factory": {"mode": "Synapse"},
                 "linkedServices": {"BlobSale": {"region": "West US"}, "BlobSales": {"privateEndpoint": "mpe-nope"}},
                 "selfHostedNetworks": {"SHIR-Crop": ["corp"], "IR-WestEurope": ["corp"]},
                 "managedPrivateEndpoints": {"mpe-gone": "Approved"}}""";
        EnvironmentProfile p = dev.pipewright.runtime.profile.ProfileReader.parse(profile, "stage.json", RegionCatalog.standard()).profile();
        List<Problem> problems = PlacementEngine.of(w.load(), p).problems();
        List<String> summary = problems.stream().map(x -> x.code() + " " + x.message()).toList();
        assertTrue(summary.contains("PW607 Azure-SSIS IR SSIS-EastUS2 is an Azure-SSIS IR, which Synapse does not support"), summary.toString());
        assertTrue(summary.contains("PW611 Azure IR IR-Narnia has location \"Narnia\", which is not a known Azure region"), summary.toString());
        assertTrue(summary.contains("PW613 managed-VNet IR IR-VNet-NorthEurope has region North Europe, but a managed virtual network exists only "
                + "in the factory region East US"), summary.toString());
        assertTrue(summary.contains("PW621 linkedServices.BlobSale: the factory has no linked service BlobSale (did you mean BlobSales?)"), summary.toString());
        assertTrue(summary.contains("PW621 linkedServices.BlobSales.privateEndpoint: the factory has no managed private endpoint mpe-nope"), summary.toString());
        assertTrue(summary.contains("PW621 selfHostedNetworks.SHIR-Crop: the factory has no integration runtime SHIR-Crop (did you mean SHIR-Corp?)"),
                summary.toString());
        assertTrue(summary.contains("PW621 selfHostedNetworks.IR-WestEurope: IR-WestEurope is not a self-hosted IR, so its networks are ignored"),
                summary.toString());
        assertTrue(summary.contains("PW621 managedPrivateEndpoints.mpe-gone: the factory has no managed private endpoint mpe-gone"), summary.toString());
        Problem typo = problems.stream().filter(x -> x.message().startsWith("linkedServices.BlobSale:")).findFirst().orElseThrow();
        assertEquals("stage.json", typo.file());
        assertEquals(2, typo.line());
    }

    @Test
    void anAutoResolveFileInAManagedVnetPutsDefaultActivitiesInTheVnet() {
        World w = World.standard(dir);
        w.azureIr("AutoResolveIntegrationRuntime", "AutoResolve", "default");
        w.pipeline("P", "[" + copy("C", "DS_SqlSales", "DS_BlobSales") + "]");
        Placement p = PlacementEngine.of(w.load(), World.profile("")).resolveAll().get(0);
        assertEquals("AutoResolveIntegrationRuntime (East US)", p.display());
        assertEquals(PlacementKind.MANAGED_VNET, p.kind());
    }

    @Test
    void theEngineIsAPureFunctionOfFactoryAndProfile() {
        World w = World.standard(dir).pipeline("P", "[" + copy("C", "DS_SqlSales", "DS_BlobSales") + ","
                + onDataset("L", "Lookup", "DS_SqlOnPremDefault") + "]");
        Factory f = w.load();
        List<Placement> first = PlacementEngine.of(f, World.profile("")).resolveAll();
        List<Placement> second = PlacementEngine.of(f, World.profile("")).resolveAll();
        assertEquals(first, second);
        assertFalse(f.resources().stream().anyMatch(r -> r.isModified()), "placement never changes the factory");
    }
}
