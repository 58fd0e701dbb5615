package dev.pipewright.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pipewright build}: the npm utility's verbs ({@code @microsoft/azure-data-factory-utilities}), offline. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Validate a factory or export its ARM templates as ADF's Publish writes them, offline.",
                "Argument-compatible with `npm run build validate|export` of @microsoft/azure-data-factory-utilities."},
        subcommands = {BuildValidateCommand.class, BuildExportCommand.class})
final class BuildCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
