package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.ir.AzureIrSettings;
import dev.pipewright.core.ir.IrFields;
import dev.pipewright.studio.hub.FormGrid;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.List;

/** The Azure IR wizard's tabs: Settings, Virtual network, Data flow runtime. */
final class AzureIrPane extends TabPane {
    final FormGrid settings = new FormGrid();
    final FormGrid network = new FormGrid();
    final FormGrid dataFlow = new FormGrid();

    AzureIrPane(AzureIrForm f) {
        setId("azure-tabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        settings.choice("Region", IrWizardViewModel.azureRegions(), f.region, true, "azure-region", IrFields.LOCATION, null);
        settings.note("Auto Resolve runs each activity in the region ADF picks (the sink's for copies, else the factory's).", null);

        network.check("Virtual network configuration (managed VNet)", f.managedVnet, "azure-vnet", null);
        BooleanBinding vnet = f.managedVnet.and(f.managedVnet);
        network.note("An existing IR cannot move into or out of the managed virtual network.", null);
        network.check("Interactive authoring", f.interactiveAuthoring, "azure-interactive", vnet);
        network.text("Interactive authoring TTL (minutes)", f.interactiveTtl, "azure-interactive-ttl", IrFields.INTERACTIVE_AUTHORING,
                f.interactiveAuthoring.and(vnet));
        network.check("Copy compute scale", f.copyScale, "azure-copy-scale", vnet);
        network.text("Data integration units (4–256)", f.copyDiu, "azure-copy-diu", IrFields.COPY_DIU, f.copyScale.and(vnet));
        network.text("Copy time to live (minutes, ≥ 5)", f.copyTtl, "azure-copy-ttl", IrFields.COPY_TTL, f.copyScale.and(vnet));
        network.text("Pipeline & external TTL (minutes, ≥ 5)", f.pipelineTtl, "azure-pipeline-ttl", IrFields.PIPELINE_TTL, vnet);
        network.text("Pipeline nodes (1–10)", f.pipelineNodes, "azure-pipeline-nodes", IrFields.PIPELINE_NODES, vnet);
        network.text("External nodes (1–10)", f.externalNodes, "azure-external-nodes", IrFields.EXTERNAL_NODES, vnet);

        ComboBox<AzureIrForm.ComputeSize> size = new ComboBox<>();
        size.getItems().setAll(AzureIrForm.ComputeSize.values());
        size.valueProperty().bindBidirectional(f.computeSize);
        dataFlow.row("Compute size", size, "azure-compute-size", null, null);
        BooleanBinding custom = f.computeSize.isEqualTo(AzureIrForm.ComputeSize.CUSTOM);
        dataFlow.choice("Compute type", AzureIrSettings.COMPUTE_TYPES, f.computeType, false, "azure-compute-type", IrFields.COMPUTE_TYPE, custom);
        dataFlow.choice("Core count", AzureIrSettings.CORE_COUNTS.stream().map(String::valueOf).toList(), f.coreCount, true,
                "azure-core-count", IrFields.CORE_COUNT, custom);
        dataFlow.text("Time to live (minutes, 0–240)", f.dataFlowTtl, "azure-dataflow-ttl", IrFields.DATA_FLOW_TTL, null);
        dataFlow.check("Quick re-use", f.quickReuse, "azure-quick-reuse", null);

        getTabs().addAll(List.of(new Tab("Settings", settings), new Tab("Virtual network", network), new Tab("Data flow runtime", dataFlow)));
    }

    void mark(java.util.Collection<String> fields) {
        settings.mark(fields);
        network.mark(fields);
        dataFlow.mark(fields);
    }
}
