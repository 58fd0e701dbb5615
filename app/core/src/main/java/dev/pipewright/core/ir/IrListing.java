package dev.pipewright.core.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.refs.Reference;
import dev.pipewright.core.refs.ReferenceGraph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rows of the Manage hub's integration runtime list, as ADF lists them: the implicit
 * {@code AutoResolveIntegrationRuntime} first (Azure, Public, Auto Resolve) unless the factory has a file for
 * it, then every IR by name, with type, sub-type, region and the resources that use it.
 */
public final class IrListing {
    /** One row. {@code subType} is "Public", "Managed Virtual Network" or "" (self-hosted, Azure-SSIS). */
    public record Row(String name, IntegrationRuntime.Kind kind, String subType, String region, boolean implicit,
                      List<String> usedBy) {
        public String typeLabel() {
            return kind.label();
        }
    }

    public static final String AUTO_RESOLVE_REGION = "Auto Resolve";

    private IrListing() {
    }

    public static List<Row> rows(Factory factory) {
        ReferenceGraph graph = ReferenceGraph.of(factory);
        List<Row> rows = new ArrayList<>();
        boolean defaultHasFile = factory.contains(ResourceId.of(ResourceKind.INTEGRATION_RUNTIME, IntegrationRuntime.AUTO_RESOLVE));
        if (!defaultHasFile) {
            rows.add(new Row(IntegrationRuntime.AUTO_RESOLVE, IntegrationRuntime.Kind.AZURE, "Public", AUTO_RESOLVE_REGION, true,
                    usedBy(factory, graph, IntegrationRuntime.AUTO_RESOLVE)));
        }
        List<IntegrationRuntime> runtimes = new ArrayList<>(IntegrationRuntime.all(factory));
        runtimes.sort(Comparator.comparing((IntegrationRuntime ir) -> !ir.name().equalsIgnoreCase(IntegrationRuntime.AUTO_RESOLVE))
                .thenComparing(ir -> ir.name().toLowerCase(java.util.Locale.ROOT)));
        for (IntegrationRuntime ir : runtimes) {
            rows.add(new Row(ir.name(), ir.kind(), subType(ir), region(ir), false, usedBy(factory, graph, ir.name())));
        }
        return rows;
    }

    private static String subType(IntegrationRuntime ir) {
        if (ir.kind() != IntegrationRuntime.Kind.AZURE) return "";
        return ir.managedVirtualNetwork().isPresent() ? "Managed Virtual Network" : "Public";
    }

    private static String region(IntegrationRuntime ir) {
        if (ir.kind().isSelfHosted()) return "";
        if (ir.kind() == IntegrationRuntime.Kind.AZURE && ir.isAutoResolve()) return AUTO_RESOLVE_REGION;
        return ir.location().orElse("");
    }

    /**
     * The resources that reference the IR directly (linked services, pipelines, other IRs), as folder/name; for
     * the default IR also the linked services without {@code connectVia}, which use it implicitly.
     */
    private static List<String> usedBy(Factory factory, ReferenceGraph graph, String name) {
        Set<String> names = new LinkedHashSet<>();
        if (name.equalsIgnoreCase(IntegrationRuntime.AUTO_RESOLVE)) {
            for (LinkedService ls : LinkedService.all(factory)) {
                if (ls.connectVia().isEmpty()) names.add(ls.resource().id().toString());
            }
        }
        for (Reference r : graph.usedBy(ResourceId.of(ResourceKind.INTEGRATION_RUNTIME, name))) names.add(r.from().toString());
        return List.copyOf(names);
    }
}
