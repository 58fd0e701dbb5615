package dev.pipewright.runtime.placement;

import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.problem.Severity;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.EnvironmentProfile.Mode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides, for every activity, which integration runtime runs it and in which Azure region, and why — before
 * any run, from the factory and an environment profile (rules: docs/placement.md). Also answers where test
 * connection and data preview of a linked service run.
 * <p>
 * A pure computation over the in-memory factory: it reads files only to give problems a line and column.
 * Look-ups are cached per engine, so build one engine per factory state and profile; not thread-safe.
 */
public final class PlacementEngine {
    private static final String AUTHORING = "Authoring (test connection, browse, preview)";

    private final PlacementContext ctx;
    private final ActivityPlacer placer;
    private final ProblemLocator locator;
    private final List<Problem> problems = new ArrayList<>();

    public PlacementEngine(Factory factory, EnvironmentProfile profile, RegionCatalog catalog) {
        this.locator = new ProblemLocator(factory);
        FactorySettings settings = FactorySettings.resolve(factory, profile, catalog, locator, problems);
        this.ctx = new PlacementContext(factory, profile, catalog, settings);
        this.placer = new ActivityPlacer(ctx);
        checkRuntimes();
        new ProfileCheck(factory, profile, problems).run();
    }

    /** An engine with the region catalog shipped with Pipewright. */
    public static PlacementEngine of(Factory factory, EnvironmentProfile profile) {
        return new PlacementEngine(factory, profile, RegionCatalog.standard());
    }

    /** The factory's name, region and mode as placement uses them. */
    public FactorySettings factory() {
        return ctx.settings;
    }

    /**
     * Problems not tied to one activity: the factory file's region, IRs ADF would reject (Azure-SSIS in
     * Synapse mode, a managed-VNet IR outside the factory region, unknown regions) and profile entries that
     * name nothing in the factory.
     */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** One placement per activity of every pipeline, nested activities included, depth first. */
    public List<Placement> resolveAll() {
        List<Placement> all = new ArrayList<>();
        for (Pipeline p : Pipeline.all(ctx.factory)) all.addAll(resolve(p));
        return all;
    }

    /** One placement per activity of the pipeline, nested activities included, depth first. */
    public List<Placement> resolve(Pipeline pipeline) {
        return resolve(pipeline, pipeline.allActivities());
    }

    public Placement resolve(Pipeline pipeline, Activity activity) {
        return resolve(pipeline, List.of(activity)).get(0);
    }

    /** Places the activities, then positions all their problems in one pass over the pipeline's file. */
    private List<Placement> resolve(Pipeline pipeline, List<Activity> activities) {
        List<Draft> drafts = new ArrayList<>(activities.size());
        Set<String> pointers = new HashSet<>();
        String pipelineName = pipeline.name();
        for (Activity a : activities) {
            Draft d = new Draft(a.name(), a.type(), "Inactive".equalsIgnoreCase(a.state()));
            placer.place(d, a, d.activityType);
            if (d.inactive) d.because("inactive: ADF skips it when it validates and runs, so its errors are reported as warnings");
            if (!d.findings().isEmpty()) pointers.add(a.pointer());
            drafts.add(d);
        }
        Map<String, JsonLocator.Position> positions = pointers.isEmpty() ? Map.of() : locator.positions(pipeline.resource(), pointers);
        List<Placement> list = new ArrayList<>(activities.size());
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            Draft d = drafts.get(i);
            List<Problem> found = new ArrayList<>(d.findings().size());
            for (Draft.Finding f : d.findings()) {
                Severity severity = d.inactive && f.code().severity() == Severity.ERROR ? Severity.WARNING : f.code().severity();
                found.add(ProblemLocator.at(pipeline.resource(), positions.get(a.pointer()), f.code(), severity, f.message(), f.hint()));
            }
            list.add(new Placement(pipelineName, d.activityName, path(pipelineName, a, d.activityName), d.activityType, d.runtime(),
                    d.reasons(), found));
        }
        return list;
    }

    /** Where test connection, browsing and data preview of a linked service run. */
    public AuthoringPlacement authoring(String linkedService) {
        Draft d = new Draft(null, null, false);
        Stores.Store store = ctx.stores.linkedService(linkedService);
        if (!store.exists()) {
            Runtimes.Runtime ir = ctx.runtimes.get(null);
            d.because("linked service " + linkedService + " does not exist: shown on the default " + ir.describe());
            d.runOn(new RuntimeChoice(ir.name(), ir.placementKind(), ctx.factoryRegion()));
            Problem missing = Problem.of(ProblemCode.MISSING_LINKED_SERVICE, ResourceKind.LINKED_SERVICE.folder() + "/" + linkedService,
                    null, 0, 0, "Linked service " + linkedService + " does not exist", "Create the linked service or correct the name");
            return new AuthoringPlacement(linkedService, d.runtime(), d.reasons(), List.of(missing));
        }
        Runtimes.Runtime ir = ctx.runtime(d, store.runtimeName(), "Linked service " + store.name());
        d.because(PlacementContext.via("linked service " + store.name(), store, ir));
        if (ir.placementKind() == PlacementKind.AZURE_SSIS) {
            d.problem(ProblemCode.AZURE_SSIS_RUNS_ONLY_SSIS, "Linked service " + store.name() + " connects via " + ir.describe()
                    + ", which runs only SSIS packages", "Connect it via an Azure or self-hosted IR");
        }
        ctx.placeOn(d, ir, AUTHORING);
        ctx.reachability.check(d, ir, store, "store", false);
        String pointer = store.runtimeName() != null ? "/properties/connectVia" : "/properties";
        List<Problem> found = new ArrayList<>();
        for (Draft.Finding f : d.findings()) found.add(locator.at(store.resource(), pointer, f.code(), f.message(), f.hint()));
        return new AuthoringPlacement(store.name(), d.runtime(), d.reasons(), found);
    }

    /** Where data preview of a dataset runs: the authoring placement of its linked service. */
    public AuthoringPlacement preview(String dataset) {
        Stores.DatasetLink link = ctx.stores.dataset(dataset);
        if (!link.exists() || link.linkedService() == null) {
            String what = link.exists() ? "names no linked service" : "does not exist";
            Problem p = Problem.of(link.exists() ? ProblemCode.MISSING_LINKED_SERVICE : ProblemCode.MISSING_DATASET,
                    ResourceKind.DATASET.folder() + "/" + link.dataset(), null, 0, 0, "Dataset " + link.dataset() + " " + what,
                    "Correct the dataset");
            Runtimes.Runtime ir = ctx.runtimes.get(null);
            return new AuthoringPlacement("", new RuntimeChoice(ir.name(), ir.placementKind(), ctx.factoryRegion()),
                    List.of("dataset " + link.dataset() + " " + what), List.of(p));
        }
        AuthoringPlacement ls = authoring(link.linkedService());
        List<String> reasons = new ArrayList<>();
        reasons.add("dataset " + link.dataset() + " uses linked service " + ls.linkedService());
        reasons.addAll(ls.reasons());
        return new AuthoringPlacement(ls.linkedService(), ls.runtime(), reasons, ls.problems());
    }

    /** "P/ForEach1/CopySales": the pipeline, the containers and the activity. */
    private static String path(String pipeline, Activity activity, String name) {
        if (activity.container().isEmpty()) return pipeline + "/" + name;
        StringBuilder sb = new StringBuilder(name);
        for (Activity c = activity.container().orElse(null); c != null; c = c.container().orElse(null)) {
            sb.insert(0, '/').insert(0, c.name());
        }
        return sb.insert(0, '/').insert(0, pipeline).toString();
    }

    /** IR files ADF would reject, or whose region the catalog does not know. */
    private void checkRuntimes() {
        for (Resource r : ctx.factory.resources(ResourceKind.INTEGRATION_RUNTIME)) {
            Runtimes.Runtime ir = ctx.runtimes.get(r.name());
            String location = "/properties/typeProperties/computeProperties/location";
            if (ir.placementKind() == PlacementKind.AZURE_SSIS && ctx.settings.mode() == Mode.SYNAPSE) {
                problems.add(locator.at(r, "/properties", ProblemCode.AZURE_SSIS_IN_SYNAPSE, ir.describe()
                        + " is an Azure-SSIS IR, which Synapse does not support", "Remove it, or set factory.mode to DataFactory in the profile"));
            }
            if (ir.location() != null && ir.region() == null) {
                problems.add(locator.at(r, location, ProblemCode.UNKNOWN_REGION, ir.describe() + " has location \"" + ir.location()
                        + "\", which is not a known Azure region", "Use a region display name such as \"West Europe\", or AutoResolve"));
            }
            if (ir.managedVnet() != null && ir.region() != null && !ir.region().equals(ctx.settings.region())) {
                problems.add(locator.at(r, location, ProblemCode.MANAGED_VNET_OUTSIDE_FACTORY_REGION, ir.describe() + " has region "
                                + ir.regionName() + ", but a managed virtual network exists only in the factory region " + ctx.factoryRegion(),
                        "Set its region to AutoResolve or " + ctx.factoryRegion() + ctx.settings.defaultRegionNote()));
            }
        }
    }
}
