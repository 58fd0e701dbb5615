package dev.pipewright.core.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A view of an integration runtime. ADF writes {@code "type": "Managed"} for both Azure and Azure-SSIS IRs
 * and {@code "SelfHosted"} for self-hosted and linked (shared) ones; {@link #kind()} tells them apart.
 */
public final class IntegrationRuntime extends ResourceView {
    /** The implicit default IR every factory has. */
    public static final String AUTO_RESOLVE = "AutoResolveIntegrationRuntime";
    /** The {@code computeProperties.location} value for auto-resolve. */
    public static final String AUTO_RESOLVE_LOCATION = "AutoResolve";

    public enum Kind {
        AZURE("Azure"), AZURE_SSIS("Azure-SSIS"), SELF_HOSTED("Self-hosted"), LINKED_SELF_HOSTED("Linked self-hosted");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isSelfHosted() {
            return this == SELF_HOSTED || this == LINKED_SELF_HOSTED;
        }
    }

    public IntegrationRuntime(Resource resource) {
        super(resource, ResourceKind.INTEGRATION_RUNTIME);
    }

    public static List<IntegrationRuntime> all(Factory factory) {
        return factory.resources(ResourceKind.INTEGRATION_RUNTIME).stream().map(IntegrationRuntime::new).toList();
    }

    public Kind kind() {
        if ("SelfHosted".equals(type())) {
            return linkedInfo().isPresent() ? Kind.LINKED_SELF_HOSTED : Kind.SELF_HOSTED;
        }
        Optional<ObjectNode> compute = computeProperties();
        boolean ssis = typeProperties().has("ssisProperties")
                || compute.map(c -> c.has("nodeSize") || c.has("numberOfNodes")).orElse(false);
        return ssis ? Kind.AZURE_SSIS : Kind.AZURE;
    }

    public Optional<ObjectNode> computeProperties() {
        return Json.object(typeProperties(), "computeProperties");
    }

    /** {@code computeProperties.location}: a region display name or {@code AutoResolve}; empty for self-hosted. */
    public Optional<String> location() {
        return computeProperties().flatMap(c -> Json.text(c, "location"));
    }

    /** True for Azure IRs without an explicit region (including those without computeProperties). */
    public boolean isAutoResolve() {
        return kind() == Kind.AZURE && location().map(AUTO_RESOLVE_LOCATION::equalsIgnoreCase).orElse(true);
    }

    /** The managed virtual network this Azure IR lives in ({@code managedVirtualNetwork.referenceName}). */
    public Optional<String> managedVirtualNetwork() {
        return Json.object(properties(), "managedVirtualNetwork").flatMap(Json::referenceName);
    }

    public Optional<ObjectNode> dataFlowProperties() {
        return computeProperties().flatMap(c -> Json.object(c, "dataFlowProperties"));
    }

    public OptionalInt dataFlowCoreCount() {
        JsonNode n = dataFlowProperties().map(d -> d.get("coreCount")).orElse(null);
        return n != null && n.isNumber() ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }

    /** {@code typeProperties.linkedInfo} of a linked (shared) self-hosted IR. */
    public Optional<ObjectNode> linkedInfo() {
        return Json.object(typeProperties(), "linkedInfo");
    }

    /** The shared IR's resource ID for a linked self-hosted IR. */
    public Optional<String> linkedResourceId() {
        return linkedInfo().flatMap(l -> Json.text(l, "resourceId"));
    }

    public Optional<ObjectNode> ssisProperties() {
        return Json.object(typeProperties(), "ssisProperties");
    }

    public Optional<String> nodeSize() {
        return computeProperties().flatMap(c -> Json.text(c, "nodeSize"));
    }

    public OptionalInt numberOfNodes() {
        JsonNode n = computeProperties().map(c -> c.get("numberOfNodes")).orElse(null);
        return n != null && n.isNumber() ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }
}
