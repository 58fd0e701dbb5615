package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.ir.AzureIrSettings;
import dev.pipewright.core.ir.IrFields;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.ir.IrListing;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The Azure IR wizard's fields: Settings, Virtual network and Data flow runtime tabs. */
public final class AzureIrForm {
    /** The Data flow runtime tab's compute sizes. */
    public enum ComputeSize {
        SMALL("Small (8 cores)", 8), MEDIUM("Medium (16 cores)", 16), LARGE("Large (80 cores)", 80), CUSTOM("Custom", 0);

        private final String label;
        private final int cores;

        ComputeSize(String label, int cores) {
            this.label = label;
            this.cores = cores;
        }

        public int cores() {
            return cores;
        }

        @Override
        public String toString() {
            return label;
        }

        static ComputeSize of(String computeType, int cores) {
            if ("General".equals(computeType)) {
                for (ComputeSize s : values()) if (s.cores == cores) return s;
            }
            return CUSTOM;
        }
    }

    public final StringProperty region = new SimpleStringProperty(this, "region", IrListing.AUTO_RESOLVE_REGION);
    public final BooleanProperty managedVnet = new SimpleBooleanProperty(this, "managedVnet", false);
    public final BooleanProperty interactiveAuthoring = new SimpleBooleanProperty(this, "interactiveAuthoring", false);
    public final StringProperty interactiveTtl = new SimpleStringProperty(this, "interactiveTtl", "60");
    public final BooleanProperty copyScale = new SimpleBooleanProperty(this, "copyScale", false);
    public final StringProperty copyDiu = new SimpleStringProperty(this, "copyDiu", "4");
    public final StringProperty copyTtl = new SimpleStringProperty(this, "copyTtl", "5");
    public final StringProperty pipelineTtl = new SimpleStringProperty(this, "pipelineTtl", "60");
    public final StringProperty pipelineNodes = new SimpleStringProperty(this, "pipelineNodes", "1");
    public final StringProperty externalNodes = new SimpleStringProperty(this, "externalNodes", "1");
    public final ObjectProperty<ComputeSize> computeSize = new SimpleObjectProperty<>(this, "computeSize", ComputeSize.SMALL);
    public final StringProperty computeType = new SimpleStringProperty(this, "computeType", "General");
    public final StringProperty coreCount = new SimpleStringProperty(this, "coreCount", "8");
    public final StringProperty dataFlowTtl = new SimpleStringProperty(this, "dataFlowTtl", "0");
    public final BooleanProperty quickReuse = new SimpleBooleanProperty(this, "quickReuse", false);

    /** Custom properties of the loaded file: the wizard does not show them, an edit keeps them. */
    private java.util.List<AzureIrSettings.CustomProperty> customProperties;

    AzureIrForm() {
        computeSize.addListener((obs, old, size) -> {
            if (size != null && size != ComputeSize.CUSTOM) {
                computeType.set("General");
                coreCount.set(Integer.toString(size.cores()));
            }
        });
    }

    AzureIrSettings toSettings(String name, String description, FormValues values) {
        String location = region.get() == null || region.get().isBlank() || IrListing.AUTO_RESOLVE_REGION.equals(region.get())
                ? IntegrationRuntime.AUTO_RESOLVE_LOCATION : region.get().trim();
        int ttl = values.integer(dataFlowTtl, IrFields.DATA_FLOW_TTL, "Time to live");
        // ADF writes cleanup only with a time to live; "Quick re-use" keeps the cluster, i.e. cleanup false.
        AzureIrSettings.DataFlow dataFlow = new AzureIrSettings.DataFlow(FormValues.text(computeType),
                values.integer(coreCount, IrFields.CORE_COUNT, "Core count"), ttl, ttl > 0 ? !quickReuse.get() : null, customProperties);
        boolean vnet = managedVnet.get();
        AzureIrSettings.CopyComputeScale copy = vnet && copyScale.get()
                ? new AzureIrSettings.CopyComputeScale(values.integer(copyDiu, IrFields.COPY_DIU, "DIUs"),
                values.integer(copyTtl, IrFields.COPY_TTL, "Copy compute time to live")) : null;
        AzureIrSettings.PipelineExternalComputeScale pipeline = vnet
                ? new AzureIrSettings.PipelineExternalComputeScale(values.integer(pipelineTtl, IrFields.PIPELINE_TTL, "Time to live"),
                values.integer(pipelineNodes, IrFields.PIPELINE_NODES, "Pipeline nodes"),
                values.integer(externalNodes, IrFields.EXTERNAL_NODES, "External nodes")) : null;
        AzureIrSettings.InteractiveAuthoring interactive = vnet && interactiveAuthoring.get()
                ? new AzureIrSettings.InteractiveAuthoring(true, values.integer(interactiveTtl, IrFields.INTERACTIVE_AUTHORING, "Time to live"))
                : AzureIrSettings.InteractiveAuthoring.off();
        return new AzureIrSettings(name, description, location, vnet, dataFlow, copy, pipeline, interactive);
    }

    void load(AzureIrSettings s) {
        region.set(s.isAutoResolve() ? IrListing.AUTO_RESOLVE_REGION : s.location());
        managedVnet.set(s.managedVirtualNetwork());
        if (s.interactiveAuthoring() != null) {
            interactiveAuthoring.set(s.interactiveAuthoring().enabled());
            interactiveTtl.set(Integer.toString(s.interactiveAuthoring().timeToLive()));
        }
        copyScale.set(s.copyComputeScale() != null);
        if (s.copyComputeScale() != null) {
            copyDiu.set(Integer.toString(s.copyComputeScale().dataIntegrationUnit()));
            copyTtl.set(Integer.toString(s.copyComputeScale().timeToLive()));
        }
        if (s.pipelineExternalComputeScale() != null) {
            pipelineTtl.set(Integer.toString(s.pipelineExternalComputeScale().timeToLive()));
            pipelineNodes.set(Integer.toString(s.pipelineExternalComputeScale().numberOfPipelineNodes()));
            externalNodes.set(Integer.toString(s.pipelineExternalComputeScale().numberOfExternalNodes()));
        }
        AzureIrSettings.DataFlow df = s.dataFlow() == null ? AzureIrSettings.DataFlow.small() : s.dataFlow();
        customProperties = df.customProperties();
        computeSize.set(ComputeSize.of(df.computeType(), df.coreCount()));
        computeType.set(df.computeType());
        coreCount.set(Integer.toString(df.coreCount()));
        dataFlowTtl.set(Integer.toString(df.timeToLive()));
        quickReuse.set(Boolean.FALSE.equals(df.cleanup()));
    }
}
