package dev.pipewright.runtime.placement;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.model.IntegrationRuntime.Kind;
import dev.pipewright.runtime.profile.EnvironmentProfile;

import java.util.Optional;

/**
 * The factory's integration runtimes as placement needs them, looked up by name (ignoring case) and cached.
 * {@code AutoResolveIntegrationRuntime} always exists: from its file when the factory has one (managed-VNet
 * factories do), otherwise implicit — in the managed VNet when the profile says so.
 */
final class Runtimes {
    /** The managed virtual network ADF creates; the only one a factory can have. */
    static final String DEFAULT_VNET = "default";

    /**
     * One IR.
     *
     * @param name        as the IR file spells it (or as referenced, when missing)
     * @param kind        Azure, Azure-SSIS, self-hosted or linked self-hosted
     * @param managedVnet the managed virtual network of an Azure IR, or null
     * @param location    the explicit {@code computeProperties.location} (null for auto-resolve and self-hosted)
     * @param region      {@code location} found in the catalog, or null
     * @param resource    the IR file, or null for the implicit default and for missing IRs
     * @param exists      false when the name is referenced but the factory has no such IR
     * @param description how reasons name it, e.g. "self-hosted IR SHIR-Corp" (see {@link #of})
     */
    record Runtime(String name, Kind kind, String managedVnet, String location, Region region, Resource resource, boolean exists,
                   String description) {
        static Runtime of(String name, Kind kind, String managedVnet, String location, Region region, Resource resource, boolean exists) {
            String what = switch (kind) {
                case SELF_HOSTED -> "self-hosted IR";
                case LINKED_SELF_HOSTED -> "linked self-hosted IR";
                case AZURE_SSIS -> "Azure-SSIS IR";
                case AZURE -> managedVnet != null ? "managed-VNet IR" : "Azure IR";
            };
            return new Runtime(name, kind, managedVnet, location, region, resource, exists, what + " " + name);
        }

        boolean isSelfHosted() {
            return kind.isSelfHosted();
        }

        boolean isAzure() {
            return kind == Kind.AZURE;
        }

        boolean isAutoResolve() {
            return kind == Kind.AZURE && location == null;
        }

        PlacementKind placementKind() {
            return switch (kind) {
                case SELF_HOSTED, LINKED_SELF_HOSTED -> PlacementKind.SELF_HOSTED;
                case AZURE_SSIS -> PlacementKind.AZURE_SSIS;
                case AZURE -> managedVnet != null ? PlacementKind.MANAGED_VNET : PlacementKind.AZURE;
            };
        }

        /** ADF's order when two IRs meet in one copy: self-hosted over managed VNet over global Azure. */
        int precedence() {
            return switch (placementKind()) {
                case SELF_HOSTED -> 3;
                case MANAGED_VNET -> 2;
                case AZURE -> 1;
                default -> 0;
            };
        }

        /** "self-hosted IR SHIR-Corp", "managed-VNet IR IR-VNet", "Azure IR AutoResolveIntegrationRuntime" … */
        String describe() {
            return description;
        }

        /** The region to show: the catalog's display name, or the location as written when unknown. */
        String regionName() {
            return region != null ? region.displayName() : location;
        }
    }

    private final Factory factory;
    private final EnvironmentProfile profile;
    private final RegionCatalog catalog;
    private final NameMemo<Runtime> byName = new NameMemo<>(this::load);

    Runtimes(Factory factory, EnvironmentProfile profile, RegionCatalog catalog) {
        this.factory = factory;
        this.profile = profile;
        this.catalog = catalog;
    }

    /** The IR named {@code name}; null or empty means the default auto-resolve IR. */
    Runtime get(String name) {
        String n = name == null || name.isEmpty() ? IntegrationRuntime.AUTO_RESOLVE : name;
        return byName.get(n);
    }

    private Runtime load(String name) {
        Optional<Resource> file = factory.get(ResourceKind.INTEGRATION_RUNTIME, name);
        if (file.isEmpty()) {
            if (name.equalsIgnoreCase(IntegrationRuntime.AUTO_RESOLVE)) {
                String vnet = profile.managedVirtualNetwork().orElse(false) ? DEFAULT_VNET : null;
                return Runtime.of(IntegrationRuntime.AUTO_RESOLVE, Kind.AZURE, vnet, null, null, null, true);
            }
            return Runtime.of(name, Kind.AZURE, null, null, null, null, false);
        }
        IntegrationRuntime ir = new IntegrationRuntime(file.get());
        Kind kind = ir.kind();
        String location = switch (kind) {
            case AZURE -> ir.isAutoResolve() ? null : ir.location().orElse(null);
            case AZURE_SSIS -> ir.location().orElse(null);
            default -> null;
        };
        String vnet = kind == Kind.AZURE ? ir.managedVirtualNetwork().orElse(null) : null;
        if (vnet == null && kind == Kind.AZURE && ir.name().equalsIgnoreCase(IntegrationRuntime.AUTO_RESOLVE)
                && profile.managedVirtualNetwork().orElse(false)) {
            vnet = DEFAULT_VNET;
        }
        Region region = location == null ? null : catalog.find(location).orElse(null);
        return Runtime.of(ir.name(), kind, vnet, location, region, file.get(), true);
    }
}
