package dev.pipewright.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.problem.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import dev.pipewright.core.problem.Problem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipewright build validate <root> <factoryId>}: "Validate all" plus what publishing needs, writing nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check the factory as ADF's \"Validate all\" does, and that it can be published: the parameter",
                "definition file, the 256-parameter limit, dependency cycles; then checks the templates it would write",
                "(every parameter and variable declared, every dependsOn deployed before). Writes nothing.",
                "Exit status: 0 = no errors (warnings allowed), 1 = errors found, 2 = could not run."})
final class BuildValidateCommand extends BuildArguments implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArmExport.Result built = build();
        List<Problem> problems = new ArrayList<>(built.problems());
        problems.addAll(ArmExport.check(built));
        ArmExport.Result result = new ArmExport.Result(built.files(), problems, built.parts(), built.resources(), built.parameters());
        if (format == ProblemReport.Format.json) {
            ObjectNode doc = BuildReport.document(root, factoryId, result);
            ProblemReport.printJson(out, doc);
        } else {
            ProblemReport.printText(out, result.problems());
            out.printf("%s; %s%n", ProblemReport.summary(result.problems()),
                    result.ok() ? result.resources() + " resources and " + result.parameters() + " template parameters to publish" : "nothing can be published");
        }
        return ProblemReport.count(result.problems(), Severity.ERROR) > 0 ? Main.PROBLEMS_FOUND : Main.OK;
    }
}
