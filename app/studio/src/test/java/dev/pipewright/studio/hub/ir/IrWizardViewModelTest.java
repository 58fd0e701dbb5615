package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.ir.AzureIrSettings;
import dev.pipewright.core.ir.IrFields;
import dev.pipewright.core.ir.IrSettings;
import dev.pipewright.core.ir.SsisIrSettings;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.studio.hub.HubFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wizard's view model without a scene: fields → settings, ADF's checks with fields, edit loading, undo. */
class IrWizardViewModelTest {
    @TempDir
    Path dir;

    @Test
    void nameIsCheckedWhileTyping() {
        try (HubFixture f = new HubFixture(dir, true)) {
            IrWizardViewModel vm = IrWizardViewModel.create(f.runtimes(), IntegrationRuntime.Kind.AZURE);
            vm.name.set("ab");
            assertTrue(vm.nameMessageProperty().get().contains("3 to 63"));
            vm.name.set("my_ir");
            assertTrue(vm.nameMessageProperty().get().contains("letters, digits and single dashes"));
            vm.name.set("SHIR-CORP");
            assertTrue(vm.nameMessageProperty().get().contains("already exists"));
            vm.name.set("IR-Fine");
            assertEquals("", vm.nameMessageProperty().get());
        }
    }

    @Test
    void azureFieldsBecomeSettingsWithAdfsCleanupRule() {
        try (HubFixture f = new HubFixture(dir, true)) {
            IrWizardViewModel vm = IrWizardViewModel.create(f.runtimes(), IntegrationRuntime.Kind.AZURE);
            vm.name.set("IR-Sales-WestEurope");
            vm.description.set("Data flows for sales");
            vm.azure.region.set("West Europe");
            vm.azure.computeSize.set(AzureIrForm.ComputeSize.CUSTOM);
            vm.azure.computeType.set("MemoryOptimized");
            vm.azure.coreCount.set("16");
            vm.azure.dataFlowTtl.set("30");
            vm.azure.quickReuse.set(true);
            IrSettings s = vm.check().orElseThrow();
            assertEquals(List.of(), vm.problems());
            AzureIrSettings a = (AzureIrSettings) s;
            assertEquals(new AzureIrSettings.DataFlow("MemoryOptimized", 16, 30, false, null), a.dataFlow());
            vm.azure.dataFlowTtl.set("0");
            assertEquals(null, ((AzureIrSettings) vm.check().orElseThrow()).dataFlow().cleanup(), "no cleanup without a TTL");
            vm.azure.computeSize.set(AzureIrForm.ComputeSize.LARGE);
            assertEquals("80", vm.azure.coreCount.get());
        }
    }

    @Test
    void refusedValuesNameTheirFields() {
        try (HubFixture f = new HubFixture(dir, true)) {
            IrWizardViewModel vm = IrWizardViewModel.create(f.runtimes(), IntegrationRuntime.Kind.AZURE_SSIS);
            vm.name.set("SSIS-New");
            vm.ssis.nodes.set("11");
            vm.ssis.maxParallel.set("many");
            vm.ssis.endpoint.set("contoso.database.windows.net");
            vm.ssis.adminUser.set("admin");
            assertTrue(vm.check().isEmpty());
            assertEquals("PW809", vm.problemsOf(IrFields.MAX_PARALLEL).get(0).code().code());
            assertEquals("PW803", vm.problemsOf(IrFields.NUMBER_OF_NODES).get(0).code().code());
            assertEquals("PW802", vm.problemsOf(IrFields.CATALOG_ADMIN_PASSWORD).get(0).code().code());
            vm.ssis.nodes.set("2");
            vm.ssis.maxParallel.set("8");
            vm.ssis.adminPassword.set("S3cret-value!");
            assertTrue(vm.writesSecrets());
            assertTrue(vm.check().isPresent(), vm.problems().toString());
            assertTrue(vm.costEstimateProperty().get().startsWith("Estimated US$1.16/hour (2 × Standard_D4_v3"), vm.costEstimateProperty().get());
        }
    }

    @Test
    void editLoadsTheFileAndKeepsNameAndKind() {
        try (HubFixture f = new HubFixture(dir, true)) {
            ManagedRuntimes rt = f.runtimes();
            IrWizardViewModel vm = IrWizardViewModel.edit(rt, "SSIS-EastUS");
            assertTrue(vm.isEditing());
            assertEquals(IntegrationRuntime.Kind.AZURE_SSIS, vm.kind.get());
            assertEquals("Standard_D4_v3", vm.ssis.nodeSize.get());
            assertEquals("contoso-ssis.database.windows.net", vm.ssis.endpoint.get());
            assertEquals("", vm.ssis.adminPassword.get(), "the password is never read back");
            vm.ssis.nodes.set("2");
            SsisIrSettings s = (SsisIrSettings) vm.check().orElseThrow();
            assertEquals(2, s.numberOfNodes());
            assertFalse(vm.writesSecrets(), "an empty password keeps the stored one");
            vm.name.set("SSIS-Renamed");
            assertEquals("PW806", vm.check().map(x -> "").orElseGet(() -> vm.problems().get(0).code().code()));
        }
    }

    @Test
    void synapseModeDoesNotOfferAzureSsis() {
        try (HubFixture f = new HubFixture(dir, true)) {
            assertEquals(List.of(IntegrationRuntime.Kind.AZURE, IntegrationRuntime.Kind.SELF_HOSTED,
                    IntegrationRuntime.Kind.LINKED_SELF_HOSTED, IntegrationRuntime.Kind.AZURE_SSIS),
                    IrWizardViewModel.create(f.runtimes(), IntegrationRuntime.Kind.AZURE).offeredKinds());
            f.services.synapseProperty().set(true);
            assertEquals(List.of(IntegrationRuntime.Kind.AZURE, IntegrationRuntime.Kind.SELF_HOSTED,
                    IntegrationRuntime.Kind.LINKED_SELF_HOSTED), IrWizardViewModel.create(f.runtimes(), IntegrationRuntime.Kind.AZURE).offeredKinds());
            List<IrRow> rows = IrListViewModel.rows(f.runtimes());
            IrRow ssis = rows.stream().filter(r -> r.name().equals("SSIS-EastUS")).findFirst().orElseThrow();
            assertTrue(ssis.unsupported());
            assertEquals(1, rows.stream().filter(IrRow::unsupported).count());
        }
    }
}
