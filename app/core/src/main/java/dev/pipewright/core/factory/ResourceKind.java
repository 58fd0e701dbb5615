package dev.pipewright.core.factory;

import java.util.Locale;
import java.util.Optional;

/**
 * The resource types of an ADF git root: the folder each lives in, the {@code "type"} a file may carry
 * at its top level, and the {@code "...Reference"} type other resources use to point at it.
 */
public enum ResourceKind {
    FACTORY("factory", "Microsoft.DataFactory/factories", null, "factory"),
    PIPELINE("pipeline", "Microsoft.DataFactory/factories/pipelines", "PipelineReference", "pipeline"),
    DATASET("dataset", "Microsoft.DataFactory/factories/datasets", "DatasetReference", "dataset"),
    DATA_FLOW("dataflow", "Microsoft.DataFactory/factories/dataflows", "DataFlowReference", "data flow"),
    LINKED_SERVICE("linkedService", "Microsoft.DataFactory/factories/linkedservices", "LinkedServiceReference", "linked service"),
    INTEGRATION_RUNTIME("integrationRuntime", "Microsoft.DataFactory/factories/integrationruntimes",
            "IntegrationRuntimeReference", "integration runtime"),
    TRIGGER("trigger", "Microsoft.DataFactory/factories/triggers", "TriggerReference", "trigger"),
    CREDENTIAL("credential", "Microsoft.DataFactory/factories/credentials", "CredentialReference", "credential"),
    MANAGED_VIRTUAL_NETWORK("managedVirtualNetwork", "Microsoft.DataFactory/factories/managedvirtualnetworks",
            "ManagedVirtualNetworkReference", "managed virtual network"),
    /** Lives in {@code managedVirtualNetwork/<vnet>/managedPrivateEndpoint/}; its id name is {@code <vnet>/<name>}. */
    MANAGED_PRIVATE_ENDPOINT("managedPrivateEndpoint",
            "Microsoft.DataFactory/factories/managedvirtualnetworks/managedprivateendpoints", null, "managed private endpoint"),
    CHANGE_DATA_CAPTURE("adfcdc", "Microsoft.DataFactory/factories/adfcdcs", null, "change data capture");

    private final String folder;
    private final String armType;
    private final String referenceType;
    private final String displayName;

    ResourceKind(String folder, String armType, String referenceType, String displayName) {
        this.folder = folder;
        this.armType = armType;
        this.referenceType = referenceType;
        this.displayName = displayName;
    }

    /** The git folder (for private endpoints the last folder segment). */
    public String folder() {
        return folder;
    }

    public String armType() {
        return armType;
    }

    /** Lower-case name for sentences, e.g. {@code linked service}. */
    public String displayName() {
        return displayName;
    }

    /** Capitalised name to start a sentence, e.g. {@code Linked service}. */
    public String title() {
        return Character.toUpperCase(displayName.charAt(0)) + displayName.substring(1);
    }

    public static Optional<ResourceKind> forFolder(String folder) {
        for (ResourceKind kind : values()) {
            if (kind != MANAGED_PRIVATE_ENDPOINT && kind.folder.equals(folder)) return Optional.of(kind);
        }
        return Optional.empty();
    }

    /** The kind a {@code {"referenceName": ..., "type": "XxxReference"}} object points at. */
    public static Optional<ResourceKind> forReferenceType(String referenceType) {
        if (referenceType == null) return Optional.empty();
        for (ResourceKind kind : values()) {
            if (referenceType.equals(kind.referenceType)) return Optional.of(kind);
        }
        return Optional.empty();
    }

    public String referenceType() {
        return referenceType;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
