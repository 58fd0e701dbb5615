package dev.pipewright.runtime.placement;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.EnvironmentProfile.Mode;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Everything the placement rules share for one factory and profile, and the steps every rule uses:
 * follow a reference to an IR, a linked service or a dataset (reporting what is missing), and place work
 * on an IR that does not depend on a store's region.
 */
final class PlacementContext {
    final Factory factory;
    final EnvironmentProfile profile;
    final RegionCatalog catalog;
    final FactorySettings settings;
    final Runtimes runtimes;
    final Stores stores;
    final Reachability reachability;
    final Residency residency;
    // Reasons shared by many activities, built once per engine (IRs are cached, so identity keys are safe).
    private final Map<Runtimes.Runtime, String> fixedRegionReasons = new IdentityHashMap<>();
    private final Map<Runtimes.Runtime, String> inVnetReasons = new IdentityHashMap<>();
    private final Map<String, String> autoResolveReasons = new HashMap<>();

    PlacementContext(Factory factory, EnvironmentProfile profile, RegionCatalog catalog, FactorySettings settings) {
        this.factory = factory;
        this.profile = profile;
        this.catalog = catalog;
        this.settings = settings;
        this.runtimes = new Runtimes(factory, profile, catalog);
        this.stores = new Stores(factory, profile, catalog);
        this.reachability = new Reachability(profile, new PrivateEndpoints(factory, profile));
        this.residency = new Residency(profile.keepDataIn());
    }

    String factoryRegion() {
        return settings.region().displayName();
    }

    /**
     * The IR {@code name} (null: the default), with the problems of using it: missing, Azure-SSIS in Synapse
     * mode, a managed-VNet IR outside the factory region.
     */
    Runtimes.Runtime runtime(Draft d, String name, String referredBy) {
        Runtimes.Runtime ir = runtimes.get(name);
        if (!ir.exists()) {
            d.problem(ProblemCode.MISSING_INTEGRATION_RUNTIME, referredBy + " names integration runtime " + ir.name()
                    + ", which the factory does not have", "Create it (Manage › Integration runtimes) or correct the name");
            return ir;
        }
        if (ir.placementKind() == PlacementKind.AZURE_SSIS && settings.mode() == Mode.SYNAPSE) {
            d.problem(ProblemCode.AZURE_SSIS_IN_SYNAPSE, ir.describe() + " is used, but Synapse supports only Azure and self-hosted IRs",
                    "Run SSIS packages from a Data Factory, or set the profile's factory.mode to DataFactory if this is one");
        }
        if (ir.managedVnet() != null && ir.region() != null && !ir.region().equals(settings.region())) {
            d.problem(ProblemCode.MANAGED_VNET_OUTSIDE_FACTORY_REGION, ir.describe() + " has region " + ir.regionName()
                            + ", but a managed virtual network exists only in the factory region " + factoryRegion(),
                    "Set the IR's region to AutoResolve or " + factoryRegion() + settings.defaultRegionNote());
        }
        return ir;
    }

    /** A linked service by name, with PW301 when missing. */
    Stores.Store store(Draft d, String linkedService, String referredBy) {
        Stores.Store store = stores.linkedService(linkedService);
        if (!store.exists()) {
            d.problem(ProblemCode.MISSING_LINKED_SERVICE, referredBy + " uses linked service " + linkedService
                    + ", which the factory does not have", "Create the linked service or correct the name");
        }
        return store;
    }

    /** The linked service behind a dataset, with PW302 when the dataset is missing; null when there is none. */
    Stores.Store storeOfDataset(Draft d, String dataset, String role) {
        Stores.DatasetLink link = stores.dataset(dataset);
        if (!link.exists()) {
            d.problem(ProblemCode.MISSING_DATASET, role + " dataset " + dataset + " does not exist", "Create the dataset or correct the name");
            return null;
        }
        if (link.linkedService() == null) {
            d.because(role + " dataset " + link.dataset() + " names no linked service");
            return null;
        }
        return store(d, link.linkedService(), role + " dataset " + link.dataset());
    }

    /** "X connects via Azure IR Y", "X has no connectVia: the default Azure IR, public network", or "X is missing: …". */
    static String via(String who, Stores.Store store, Runtimes.Runtime ir) {
        if (!store.exists()) return who + " is missing: placed on the default " + ir.describe();
        return store.runtimeName() == null
                ? who + " has no connectVia: the default " + ir.describe() + (ir.managedVnet() == null ? ", public network" : "")
                : who + " connects via " + ir.describe();
    }

    /**
     * Runs the work on {@code ir} where the store's region does not matter: self-hosted on its nodes, a fixed
     * region as set, Azure-SSIS in its location, auto-resolve (managed VNet or not) in the factory region.
     *
     * @param work what runs, for the reason, e.g. "Lookup", "authoring (test connection, preview)"
     */
    void placeOn(Draft d, Runtimes.Runtime ir, String work) {
        String fixed = fixedRegion(d, ir);
        if (!ir.exists() || ir.isSelfHosted() || ir.location() != null) {
            d.runOn(new RuntimeChoice(ir.name(), ir.placementKind(), fixed));
        } else if (ir.placementKind() == PlacementKind.AZURE_SSIS) {
            d.because(ir.describe() + " has no location");
            d.runOn(new RuntimeChoice(ir.name(), ir.placementKind(), null));
        } else {
            d.because(ir.managedVnet() != null ? inVnetReason(ir)
                    : autoResolveReasons.computeIfAbsent(work, w -> w + " on an auto-resolve Azure IR runs in the factory region " + factoryRegion()));
            d.runOn(new RuntimeChoice(ir.name(), ir.placementKind(), factoryRegion()));
        }
    }

    /** Why an auto-resolve IR in the managed VNet runs in the factory region. */
    String inVnetReason(Runtimes.Runtime ir) {
        return inVnetReasons.computeIfAbsent(ir, r -> r.describe() + " is auto-resolve inside managed virtual network "
                + r.managedVnet() + ", which exists only in the factory region " + factoryRegion());
    }

    /**
     * The region of an IR that does not auto-resolve, with its reason: none for self-hosted, the explicit
     * location otherwise; null when the IR auto-resolves (the caller decides) or is missing.
     */
    String fixedRegion(Draft d, Runtimes.Runtime ir) {
        if (!ir.exists() || (!ir.isSelfHosted() && ir.location() == null)) return null;
        d.because(fixedRegionReasons.computeIfAbsent(ir, PlacementContext::fixedRegionReason));
        return ir.isSelfHosted() ? null : ir.regionName();
    }

    private static String fixedRegionReason(Runtimes.Runtime ir) {
        if (ir.isSelfHosted()) return ir.describe() + " runs on its own nodes: a self-hosted IR has no Azure region";
        String unknown = ir.region() == null ? " (not in the region catalog; shown as written)" : "";
        if (ir.placementKind() == PlacementKind.AZURE_SSIS) {
            return ir.describe() + " runs in its own location " + ir.regionName() + unknown
                    + " (chosen to match the SSISDB server, not necessarily the factory region)";
        }
        return ir.describe() + " has the fixed region " + ir.regionName() + unknown + ": an explicit IR region always wins";
    }
}
