package dev.pipewright.cli;

import dev.pipewright.core.ir.AzureIrSettings;
import dev.pipewright.core.ir.IrSettings;
import dev.pipewright.core.ir.LinkedSelfHostedIrSettings;
import dev.pipewright.core.ir.SelfHostedIrSettings;
import dev.pipewright.core.ir.SsisIrSettings;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The wizard's fields as options of {@code pipewright ir save}. Unset options keep the base settings' values. */
final class IrOptions {
    enum Kind { azure, self_hosted, linked, azure_ssis }

    @Option(names = "--name", required = true, paramLabel = "<name>", description = "IR name (3-63 letters, digits, single dashes).")
    String name;
    @Option(names = "--edit", description = "Edit the existing IR named --name (its kind cannot change).")
    boolean edit;
    @Option(names = "--kind", paramLabel = "<kind>", description = "azure, self_hosted, linked or azure_ssis (create only; default azure).")
    Kind kind;
    @Option(names = "--description", paramLabel = "<text>")
    String description;
    @Option(names = "--region", paramLabel = "<region>", description = "Azure: AutoResolve or a region; Azure-SSIS: its location.")
    String region;
    @Option(names = "--managed-vnet", arity = "1", paramLabel = "true|false", description = "Azure: in the factory's managed virtual network.")
    Boolean managedVnet;
    @Option(names = "--compute-type", paramLabel = "General|MemoryOptimized")
    String computeType;
    @Option(names = "--core-count", paramLabel = "<n>", description = "Data flow cores: 8, 16, 32, 48, 80, 144 or 272.")
    Integer coreCount;
    @Option(names = "--dataflow-ttl", paramLabel = "<minutes>")
    Integer dataFlowTtl;
    @Option(names = "--quick-reuse", arity = "1", paramLabel = "true|false")
    Boolean quickReuse;
    @Option(names = "--resource-id", paramLabel = "<id>", description = "Linked self-hosted: the shared IR's resource ID.")
    String resourceId;
    @Option(names = "--node-size", paramLabel = "<size>", description = "Azure-SSIS, e.g. Standard_D4_v3.")
    String nodeSize;
    @Option(names = "--nodes", paramLabel = "<n>", description = "Azure-SSIS node number, 1-10.")
    Integer nodes;
    @Option(names = "--max-parallel", paramLabel = "<n>", description = "Azure-SSIS maximum parallel executions per node.")
    Integer maxParallel;
    @Option(names = "--edition", paramLabel = "Standard|Enterprise")
    String edition;
    @Option(names = "--hybrid-benefit", arity = "1", paramLabel = "true|false", description = "Azure-SSIS: Azure Hybrid Benefit (BasePrice).")
    Boolean hybridBenefit;
    @Option(names = "--catalog-endpoint", paramLabel = "<server>", description = "Azure-SSIS: SSISDB server endpoint.")
    String catalogEndpoint;
    @Option(names = "--admin-user", paramLabel = "<user>")
    String adminUser;
    @Option(names = "--admin-password-file", paramLabel = "<file>", description = "File holding the SSISDB admin password (to the secret store).")
    Path adminPasswordFile;
    @Option(names = "--catalog-tier", paramLabel = "<tier>", description = "Basic, S0…S12, P1…P15.")
    String catalogTier;

    private static <T> T or(T value, T base) {
        return value != null ? value : base;
    }

    IrSettings settings(ManagedRuntimes rt) {
        IrSettings base = edit ? rt.settings(name) : defaults(kind == null ? Kind.azure : kind);
        String d = or(description, base.description());
        if (base instanceof AzureIrSettings a) {
            AzureIrSettings.DataFlow df = a.dataFlow() == null ? AzureIrSettings.DataFlow.small() : a.dataFlow();
            int ttl = or(dataFlowTtl, df.timeToLive());
            Boolean cleanup = quickReuse != null ? Boolean.valueOf(!quickReuse) : df.cleanup();
            boolean vnet = or(managedVnet, a.managedVirtualNetwork());
            return new AzureIrSettings(name, d, or(region, a.location()), vnet,
                    new AzureIrSettings.DataFlow(or(computeType, df.computeType()), or(coreCount, df.coreCount()), ttl,
                            ttl > 0 ? (cleanup == null ? Boolean.TRUE : cleanup) : null, df.customProperties()),
                    a.copyComputeScale(), vnet && a.pipelineExternalComputeScale() == null
                    ? AzureIrSettings.PipelineExternalComputeScale.defaults() : a.pipelineExternalComputeScale(), a.interactiveAuthoring());
        }
        if (base instanceof SsisIrSettings s) {
            SsisIrSettings.Catalog c = s.catalog();
            if (catalogEndpoint != null || adminUser != null || adminPasswordFile != null || catalogTier != null) {
                c = new SsisIrSettings.Catalog(or(catalogEndpoint, c == null ? null : c.serverEndpoint()),
                        or(adminUser, c == null ? null : c.adminUserName()), password(), or(catalogTier, c == null ? "Basic" : c.pricingTier()),
                        c == null ? null : c.dualStandbyPairName());
            }
            String license = hybridBenefit == null ? s.licenseType() : hybridBenefit ? SsisIrSettings.BASE_PRICE : SsisIrSettings.LICENSE_INCLUDED;
            return new SsisIrSettings(name, d, or(region, s.location()), or(nodeSize, s.nodeSize()), or(nodes, s.numberOfNodes()),
                    or(maxParallel, s.maxParallelExecutionsPerNode()), or(edition, s.edition()), license, c, s.credential(),
                    s.packageStores(), s.customSetup(), s.expressSetups(), s.virtualNetwork(), s.dataProxy());
        }
        if (base instanceof LinkedSelfHostedIrSettings l) return new LinkedSelfHostedIrSettings(name, d, or(resourceId, l.resourceId()));
        return new SelfHostedIrSettings(name, d);
    }

    private IrSettings defaults(Kind k) {
        return switch (k) {
            case azure -> AzureIrSettings.defaults(name);
            case self_hosted -> new SelfHostedIrSettings(name, null);
            case linked -> new LinkedSelfHostedIrSettings(name, null, null);
            case azure_ssis -> SsisIrSettings.defaults(name, region == null ? "East US" : region);
        };
    }

    private String password() {
        if (adminPasswordFile == null) return null;
        try {
            return Files.readString(adminPasswordFile, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("--admin-password-file: " + e.getMessage());
        }
    }
}
