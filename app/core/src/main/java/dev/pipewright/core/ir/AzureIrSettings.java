package dev.pipewright.core.ir;

import dev.pipewright.core.model.IntegrationRuntime;

import java.util.List;

/**
 * An Azure IR as ADF's wizard edits it: Settings (region), Virtual network (managed VNet, interactive
 * authoring, copy and pipeline/external compute scale) and Data flow runtime.
 *
 * @param location                     {@code AutoResolve} or a region display name
 * @param managedVirtualNetwork        whether the IR lives in the factory's managed VNet ({@code default})
 * @param dataFlow                     data flow runtime; null writes none
 * @param copyComputeScale             copy compute scale (managed VNet only); null when disabled
 * @param pipelineExternalComputeScale pipeline and external compute scale (managed VNet only; ADF cannot disable it)
 * @param interactiveAuthoring         interactive authoring (managed VNet only). ADF switches it with an API call
 *                                     ({@code enableInteractiveQuery}), not through the IR's JSON, so it is never
 *                                     written to the factory file
 */
public record AzureIrSettings(String name, String description, String location, boolean managedVirtualNetwork,
                              DataFlow dataFlow, CopyComputeScale copyComputeScale,
                              PipelineExternalComputeScale pipelineExternalComputeScale,
                              InteractiveAuthoring interactiveAuthoring) implements IrSettings {
    /** Data flow core counts ADF offers (worker + driver cores). */
    public static final List<Integer> CORE_COUNTS = List.of(8, 16, 32, 48, 80, 144, 272);
    /** Data flow compute types ADF offers for new IRs ({@code ComputeOptimized} is retired). */
    public static final List<String> COMPUTE_TYPES = List.of("General", "MemoryOptimized");
    /** The data flow TTL limit on an Azure IR (4 hours). */
    public static final int MAX_DATA_FLOW_TTL = 240;
    /** The smallest TTL of copy and pipeline/external compute scale. */
    public static final int MIN_SCALE_TTL = 5;

    /**
     * @param cleanup          ADF's {@code cleanup}; "Quick re-use" on means {@code false}. Null writes none (ADF
     *                         writes none when the TTL is 0)
     * @param customProperties null writes none; an empty list writes {@code []}
     */
    public record DataFlow(String computeType, int coreCount, int timeToLive, Boolean cleanup,
                           List<CustomProperty> customProperties) {
        public static DataFlow small() {
            return new DataFlow("General", 8, 0, null, null);
        }
    }

    public record CustomProperty(String name, String value) {
    }

    /** DIUs 4–256 in steps of 4; TTL at least 5 minutes. */
    public record CopyComputeScale(int dataIntegrationUnit, int timeToLive) {
    }

    /** TTL at least 5 minutes; 1–10 pipeline nodes and 1–10 external nodes. */
    public record PipelineExternalComputeScale(int timeToLive, int numberOfPipelineNodes, int numberOfExternalNodes) {
        public static PipelineExternalComputeScale defaults() {
            return new PipelineExternalComputeScale(60, 1, 1);
        }
    }

    /** Interactive authoring and its time to live in minutes (60 by default). */
    public record InteractiveAuthoring(boolean enabled, int timeToLive) {
        public static InteractiveAuthoring off() {
            return new InteractiveAuthoring(false, 60);
        }
    }

    /** A new public Azure IR as the wizard starts it: Auto Resolve, small data flow compute. */
    public static AzureIrSettings defaults(String name) {
        return new AzureIrSettings(name, null, IntegrationRuntime.AUTO_RESOLVE_LOCATION, false, DataFlow.small(), null, null,
                InteractiveAuthoring.off());
    }

    @Override
    public IntegrationRuntime.Kind kind() {
        return IntegrationRuntime.Kind.AZURE;
    }

    public boolean isAutoResolve() {
        return location == null || location.isBlank() || IntegrationRuntime.AUTO_RESOLVE_LOCATION.equalsIgnoreCase(location);
    }
}
