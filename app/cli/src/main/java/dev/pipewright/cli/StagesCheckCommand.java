package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.Severity;
import dev.pipewright.runtime.stages.Stage;
import dev.pipewright.runtime.stages.StagesRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipewright stages-check}: ADF's CI/CD requirements across stages, before a deployment finds them. */
@Command(name = "stages-check", mixinStandardHelpOptions = true,
        description = {"Check that the factory deploys to every stage: each integration runtime the same kind in every stage,",
                "every template parameter given in every stage's parameters file, no secret in clear there, and each stage's",
                "stores in the geographies its profile keeps data in. One --env per stage; --parameters in the same order.",
                "Exit status: 0 = no errors, 1 = errors found, 2 = could not run."})
final class StagesCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "The factory's git root folder.")
    Path root;

    @Option(names = "--env", required = true, paramLabel = "<profile.json>", description = "A stage's environment profile (repeat, one per stage).")
    List<Path> envs;

    @Option(names = "--parameters", paramLabel = "<stage.parameters.json>",
            description = "A stage's ARM parameters file, in the order of --env (give none or one per stage).")
    List<Path> parameterFiles = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE}).")
    ProblemReport.Format format;

    @Override
    public Integer call() {
        Factory factory = FactoryRoot.load(root);
        StagesRun.Result result = StagesRun.run(factory, envs, parameterFiles);
        List<Problem> problems = result.problems();
        List<Stage> stages = result.stages();
        PrintWriter out = spec.commandLine().getOut();
        if (format == ProblemReport.Format.json) {
            ObjectNode doc = ProblemReport.document(root, problems);
            doc.put("stages", stages.size());
            doc.set("problems", ProblemReport.toJson(problems));
            ProblemReport.printJson(out, doc);
        } else {
            ProblemReport.printText(out, problems);
            out.printf("%s across %d stages (%s)%n", ProblemReport.summary(problems), stages.size(),
                    String.join(", ", stages.stream().map(Stage::name).toList()));
        }
        return ProblemReport.count(problems, Severity.ERROR) > 0 ? Main.PROBLEMS_FOUND : Main.OK;
    }
}
