package dev.pipewright.cli;

import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.arm.FactoryId;
import dev.pipewright.core.factory.Factory;
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

    /** Parses the id first (a bad one is "could not run"), then loads and builds. */
    ArmExport.Result build() {
        FactoryId id = FactoryId.parse(factoryId);
        Factory factory = FactoryRoot.load(root);
        return ArmExport.build(factory, id, ArmExport.Options.ADF);
    }
}
