package dev.pipewright.cli;

import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.arm.FactoryId;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** The arguments {@code build validate} and {@code build export} share: the factory root and its resource id. */
class BuildArguments {
    @Parameters(index = "0", paramLabel = "<root>", description = "The factory's git root folder (holds pipeline/, dataset/ ...).")
    Path root;

    @Parameters(index = "1", paramLabel = "<factoryId>",
            description = "/subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.DataFactory/factories/<name>; the templates take the name from it.")
    String factoryId;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}). json: the problems, the parameters and the linked templates' split.")
    ProblemReport.Format format;

    @Option(names = "--env", paramLabel = "<profile.json>",
            description = "The factory's environment profile: with \"mode\": \"Synapse\" the output is Synapse's (TemplateForWorkspace.json),"
                    + " as it is for a Microsoft.Synapse/workspaces id.")
    Path env;

    /** Parses the id first (a bad one is "could not run"), then loads and builds; Synapse's templates for a Synapse id or profile. */
    ArmExport.Result build() {
        FactoryId id = FactoryId.parse(factoryId);
        if (env != null) {
            ProfileReader.Result read = ProfileReader.read(env, RegionCatalog.standard());
            if (!read.ok()) throw new IllegalArgumentException("the profile " + env + " cannot be used: " + read.problems());
            if (read.profile().mode() == EnvironmentProfile.Mode.SYNAPSE) {
                id = new FactoryId(id.subscription(), id.resourceGroup(), id.factoryName(), true);
            }
        }
        Factory factory = FactoryRoot.load(root);
        return ArmExport.build(factory, id, ArmExport.Options.ADF);
    }
}
