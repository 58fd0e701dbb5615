package dev.pipewright.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pipewright merge-driver}: git's merge driver for ADF JSON (see {@link MergeDriver}). */
@Command(name = MergeDriverCommand.NAME, mixinStandardHelpOptions = true,
        description = {"Merge one file for git, understanding ADF JSON (git's %%O %%A %%B %%P).",
                "",
                "ADF resource files merge as JSON trees: objects by key, activities and",
                "other named things by name, so changes to different members (two new",
                "activities, two properties) merge cleanly. The same member changed two",
                "ways stays a conflict, with markers around that member only. Other files",
                "merge line by line. The result goes into <ours>, in ADF's exact format.",
                "Enable it in a repository (docs/source-control.md):",
                "  .gitattributes:  *.json merge=pipewright",
                "  git config merge.pipewright.driver \\",
                "      \"pipewright merge-driver %%O %%A %%B %%P\"",
                "Exit status: 0 = merged, 1 = conflicts left with markers, 2 = could not run."})
final class MergeDriverCommand implements Callable<Integer> {
    static final String NAME = "merge-driver";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<base>", description = "The common ancestor's version (git's %%O; empty when both sides added the file).")
    Path base;

    @Parameters(index = "1", paramLabel = "<ours>", description = "Our version (git's %%A); the merge is written into it.")
    Path ours;

    @Parameters(index = "2", paramLabel = "<theirs>", description = "Their version (git's %%B).")
    Path theirs;

    @Parameters(index = "3", arity = "0..1", paramLabel = "<path>",
            description = "The file's path in the repository (git's %%P): tells ADF resources from other files.")
    String path;

    @Override
    public Integer call() {
        return MergeDriver.run(base, ours, theirs, path, spec.commandLine().getErr());
    }
}
