package dev.pipewright.cli;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.placement.Placement;
import dev.pipewright.runtime.placement.PlacementEngine;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.core.text.Suggestions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipewright resolve}: which integration runtime and region runs each activity, and why. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Show which integration runtime (IR) and Azure region runs each activity, and why.",
                "",
                "Applies ADF's IR selection and auto-resolve rules before any run, and flags what ADF would reject or what "
                        + "breaks the profile: unreachable private stores, data flows on self-hosted IRs, SSIS, data residency.",
                "Rules and the profile format: docs/placement.md.",
                "Exit status: 0 = no placement has an error, 1 = some do, 2 = could not run (bad profile or arguments)."})
final class ResolveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "The factory's git root folder (holds pipeline/, dataset/ ...).")
    Path root;

    @Option(names = "--env", paramLabel = "<profile.json>",
            description = "Environment profile: factory region and mode, linked-service regions and networks. "
                    + "Without it: everything public, region from the factory file or East US, mode DataFactory.")
    Path env;

    @Option(names = "--pipeline", paramLabel = "NAME", description = "Only this pipeline (name ignores case).")
    String pipeline;

    @Option(names = "--factory-region", paramLabel = "REGION",
            description = "The factory's region (e.g. \"West Europe\" or westeurope); overrides the profile and the factory file.")
    String factoryRegion;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}). json: factory, placements (with reasons and problems) and problems.")
    ProblemReport.Format format;

    @Override
    public Integer call() {
        Factory factory = FactoryRoot.load(root);
        RegionCatalog catalog = RegionCatalog.standard();
        List<Problem> problems = new ArrayList<>();
        EnvironmentProfile profile = EnvironmentProfile.defaults();
        if (env != null) {
            ProfileReader.Result read = ProfileReader.read(env, catalog);
            if (!read.ok()) {
                ResolveReport.profileRejected(spec.commandLine().getOut(), spec.commandLine().getErr(), format, env, read.problems());
                return Main.COULD_NOT_RUN;
            }
            profile = read.profile();
            problems.addAll(read.problems());
        }
        if (factoryRegion != null) {
            String region = catalog.displayName(factoryRegion).orElseThrow(() -> new IllegalArgumentException(
                    "--factory-region: unknown region \"" + factoryRegion + "\"" + Suggestions.didYouMean(factoryRegion, catalog.displayNames())
                            + "; give a display name such as \"West Europe\" or a name such as westeurope"));
            profile = profile.withFactoryRegion(region, "--factory-region");
        }
        PlacementEngine engine = new PlacementEngine(factory, profile, catalog);
        List<Placement> placements = pipeline == null ? engine.resolveAll() : engine.resolve(selectedPipeline(factory));
        // Files that could not be loaded hold activities that cannot be placed: say so (validate reports the rest).
        factory.loadProblems().stream().filter(Problem::isError).forEach(problems::add);
        problems.addAll(engine.problems());
        ResolveReport report = new ResolveReport(engine.factory(), placements, problems);
        if (format == ProblemReport.Format.json) {
            report.printJson(spec.commandLine().getOut());
        } else {
            report.printText(spec.commandLine().getOut());
        }
        return placements.stream().anyMatch(Placement::hasErrors) ? Main.PROBLEMS_FOUND : Main.OK;
    }

    private Pipeline selectedPipeline(Factory factory) {
        return factory.get(ResourceKind.PIPELINE, pipeline).map(Pipeline::new).orElseThrow(() -> {
            List<String> names = factory.resources(ResourceKind.PIPELINE).stream().map(Resource::name).toList();
            return new IllegalArgumentException("--pipeline: the factory has no pipeline named \"" + pipeline + "\""
                    + Suggestions.didYouMean(pipeline, names) + (names.isEmpty() ? " (it has no pipelines)" : ""));
        });
    }
}
