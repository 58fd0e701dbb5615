package dev.pipewright.core.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.IntegrationRuntime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each IR kind created in the demo factory and saved: the file equals the hand-written expected ADF file. */
class IrEditorTest {
    @TempDir
    Path dir;

    private String createAndSave(IrSettings settings) throws IOException {
        Factory factory = IrFixtures.demoCopy(dir);
        IrEditor.Result result = IrEditor.create(factory, settings, IrContext.forCreate(factory, IrFixtures.REGIONS, false));
        assertTrue(result.ok(), result.problems().toString());
        FactoryWriter.Result saved = FactoryWriter.save(factory);
        String path = "integrationRuntime/" + settings.name() + ".json";
        assertEquals(List.of(path), saved.written(), "only the new IR is written");
        return Files.readString(dir.resolve(path));
    }

    @Test
    void azureInARegion() throws IOException {
        assertEquals(IrFixtures.expected("azure-west-europe.json"), createAndSave(IrFixtures.azureWestEurope()));
    }

    @Test
    void azureInTheManagedVirtualNetworkWithComputeScale() throws IOException {
        assertEquals(IrFixtures.expected("azure-managed-vnet.json"), createAndSave(IrFixtures.azureManagedVnet()));
    }

    @Test
    void selfHostedHasNoTypeProperties() throws IOException {
        assertEquals(IrFixtures.expected("self-hosted.json"), createAndSave(IrFixtures.selfHosted()));
    }

    @Test
    void linkedSelfHostedWritesRbacAsAdfDoes() throws IOException {
        assertEquals(IrFixtures.expected("linked-self-hosted.json"), createAndSave(IrFixtures.linked()));
    }

    @Test
    void azureSsisWithEveryFieldAndOnlyMaskedSecrets() throws IOException {
        String written = createAndSave(IrFixtures.ssisFull());
        assertEquals(IrFixtures.expected("ssis-full.json"), written);
        for (String secret : List.of(IrFixtures.SSIS_PASSWORD, IrFixtures.SAS_TOKEN, IrFixtures.CMDKEY_PASSWORD)) {
            assertFalse(written.contains(secret));
        }
        assertEquals(Map.of(IrSecrets.CATALOG_ADMIN_PASSWORD, IrFixtures.SSIS_PASSWORD,
                IrSecrets.CUSTOM_SETUP_SAS_TOKEN, IrFixtures.SAS_TOKEN,
                IrSecrets.expressSetup(1, "password"), IrFixtures.CMDKEY_PASSWORD), IrFixtures.ssisFull().secrets());
    }

    @Test
    void editingKeepsUnknownMembersAndOrderAndInsertsNewOnesInAdfOrder() throws IOException {
        Factory factory = IrFixtures.demoCopy(dir);
        IntegrationRuntime ir = new IntegrationRuntime(factory.get(ResourceKind.INTEGRATION_RUNTIME, "SSIS-EastUS").orElseThrow());
        ir.resource().json().with("properties").put("x-note", "kept");
        SsisIrSettings before = (SsisIrSettings) IrSettingsReader.read(ir);
        SsisIrSettings after = new SsisIrSettings(before.name(), null, before.location(), "Standard_D8_v3", 3, 12, before.edition(),
                before.licenseType(), before.catalog(), null, List.of(), null, List.of(), null,
                new SsisIrSettings.DataProxy("SHIR-Corp", "LS_Blob_Landing", null));
        IrEditor.Result result = IrEditor.update(factory, after, IrContext.forEdit(factory, "SSIS-EastUS", IrFixtures.REGIONS, false));
        assertTrue(result.ok(), result.problems().toString());
        FactoryWriter.save(factory);
        String text = Files.readString(dir.resolve("integrationRuntime/SSIS-EastUS.json"));
        assertTrue(text.startsWith("{\n\t\"name\": \"SSIS-EastUS\",\n\t\"properties\": {\n\t\t\"type\": \"Managed\",\n\t\t\"typeProperties\""), text);
        assertTrue(text.contains("\"x-note\": \"kept\""));
        assertTrue(text.contains("\"numberOfNodes\": 3,\n\t\t\t\t\"maxParallelExecutionsPerNode\": 12\n"), text);
        assertTrue(text.contains("\"licenseType\": \"LicenseIncluded\",\n\t\t\t\t\"dataProxyProperties\": {"), text);
        assertTrue(text.contains("\"value\": \"**********\""));
    }

    @Test
    void addingADescriptionToAnImportedFilePutsItWhereAdfDoes() {
        Factory factory = IrFixtures.demoCopy(dir);
        IrContext context = IrContext.forEdit(factory, "SHIR-Corp", IrFixtures.REGIONS, false);
        IrEditor.update(factory, new SelfHostedIrSettings("SHIR-Corp", null), context);
        IrEditor.Result result = IrEditor.update(factory, new SelfHostedIrSettings("SHIR-Corp", "back again"), context);
        assertTrue(result.ok());
        assertEquals("{\"name\":\"SHIR-Corp\",\"properties\":{\"type\":\"SelfHosted\",\"description\":\"back again\"}}",
                result.resource().json().toString());
    }

    @Test
    void aRefusedCreateLeavesTheFactoryUntouched() {
        Factory factory = IrFixtures.demoCopy(dir);
        int before = factory.resources().size();
        IrEditor.Result result = IrEditor.create(factory, new SelfHostedIrSettings("SHIR-Corp", null),
                IrContext.forCreate(factory, IrFixtures.REGIONS, false));
        assertFalse(result.ok());
        assertEquals("PW801", result.problems().get(0).code().code());
        assertEquals(before, factory.resources().size());
        assertTrue(factory.modifiedFiles().isEmpty());
    }
}
