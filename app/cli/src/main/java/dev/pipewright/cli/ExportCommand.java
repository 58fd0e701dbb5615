package dev.pipewright.cli;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipewright export}: the factory in ADF's git layout and exact format, in another folder. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the factory to another folder in ADF's git layout and exact format.",
                "",
                "Every file is written as ADF Studio would commit it (tab-indented JSON.stringify form).",
                "Files that cannot be read are reported and not written.",
                "Exit status: 0 = everything exported, 1 = some files not exported, 2 = could not run."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "The factory's git root folder.")
    Path root;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Folder to write to (created if missing; must not be <root>).")
    Path out;

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Factory factory = FactoryRoot.load(root);
        if (Files.exists(out) && Files.isSameFile(out, root)) {
            throw new IllegalArgumentException("--out is the factory root itself; export writes a copy, choose another folder");
        }
        Files.createDirectories(out);
        FactoryWriter.Result result = FactoryWriter.export(factory, out);
        List<Problem> problems = new ArrayList<>(factory.loadProblems());
        problems.addAll(result.problems());
        ProblemReport.printText(stderr, problems);
        int exported = result.written().size() + result.unchanged().size();
        stdout.printf("Exported %d files to %s (%d written, %d already identical); %s%n", exported, out,
                result.written().size(), result.unchanged().size(), ProblemReport.summary(problems));
        boolean lost = problems.stream().anyMatch(Problem::isError) && !factory.unreadableFiles().isEmpty() || !result.ok();
        if (!factory.unreadableFiles().isEmpty()) {
            stderr.println("Not exported (could not be read): " + String.join(", ", factory.unreadableFiles()));
        }
        return lost ? Main.PROBLEMS_FOUND : Main.OK;
    }
}
