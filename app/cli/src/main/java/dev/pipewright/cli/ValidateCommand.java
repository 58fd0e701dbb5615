package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.Severity;
import dev.pipewright.core.validate.Validator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipewright validate}: ADF's "Validate all", offline. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a factory the way ADF's \"Validate all\" does, offline.",
                "",
                "Reports unreadable or malformed files, names ADF rejects, dangling references, broken dependsOn,",
                "cycles, container nesting and limits, each with file:line:column. Codes: docs/problem-codes.md.",
                "Exit status: 0 = no errors (warnings allowed), 1 = errors found, 2 = could not run."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "The factory's git root folder (holds pipeline/, dataset/ ...).")
    Path root;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output format (default: ${DEFAULT-VALUE}). json lists every problem with severity, code, resource, file, line, column, message and hint.")
    ProblemReport.Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Factory factory = FactoryRoot.load(root);
        List<Problem> problems = Validator.validate(factory);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (format == ProblemReport.Format.json) {
            ObjectNode doc = ProblemReport.newDocument();
            doc.put("root", root.toString());
            doc.put("resources", factory.resources().size());
            doc.put("errors", ProblemReport.count(problems, Severity.ERROR));
            doc.put("warnings", ProblemReport.count(problems, Severity.WARNING));
            doc.set("problems", ProblemReport.toJson(problems));
            ProblemReport.printJson(out, doc);
        } else {
            ProblemReport.printText(out, problems);
            out.printf("%s in %d resources (%.2f s)%n", ProblemReport.summary(problems), factory.resources().size(), seconds);
        }
        return ProblemReport.count(problems, Severity.ERROR) > 0 ? Main.PROBLEMS_FOUND : Main.OK;
    }
}
