package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.arm.ArmOutput;
import dev.pipewright.core.arm.PublishChanges;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipewright build export <root> <factoryId> [<outputFolder>]}: validates, then writes the ARM templates. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Validate the factory, then write its ARM templates as ADF's Publish does: ARMTemplateForFactory.json,",
                "ARMTemplateParametersForFactory.json, globalParameters/ and linkedTemplates/ (master and parts).",
                "A factory with errors is not exported: nothing is written. The files go to a new folder first, which",
                "then takes the output folder's place, so a failure never leaves part of an export.",
                "Exit status: 0 = exported, 1 = errors found (nothing written), 2 = could not run."})
final class BuildExportCommand extends BuildArguments implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "2", arity = "0..1", paramLabel = "<outputFolder>", defaultValue = "ArmTemplate",
            description = "Where to write (default: ${DEFAULT-VALUE}); an empty folder, a new one, or a previous export's.")
    Path output;

    @Option(names = "--preview", description = "Also list the resources changed since the previous publish and the triggers"
            + " to stop before the deployment and start after it (those whose definition changed).")
    boolean preview;

    @Option(names = "--since", paramLabel = "<folder>", description = "The previous publish's folder (holding ARMTemplateForFactory.json)"
            + " that --preview compares with; without it every resource and trigger counts as new.")
    Path since;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        JsonNode previous = since == null ? null : PublishChanges.previousTemplate(since);
        ArmExport.Result result = build();
        List<Problem> problems = new ArrayList<>(result.problems());
        boolean written = false;
        if (result.ok()) {
            try {
                ArmOutput.write(result.files(), output);
                written = true;
            } catch (IOException | RuntimeException e) {
                problems.add(Problem.of(ProblemCode.WRITE_FAILED, null, null, 0, 0, "Cannot write the export to " + output + ": " + e.getMessage(),
                        "Choose a folder you can write to; nothing was written"));
            }
        }
        PublishChanges changes = preview && written
                ? PublishChanges.between(previous, com.fasterxml.jackson.databind.json.JsonMapper.builder().build()
                        .readTree(ArmExport.singleTemplate(result))) : null;
        if (format == ProblemReport.Format.json) {
            ObjectNode doc = BuildReport.document(root, factoryId, result);
            doc.set("problems", ProblemReport.toJson(problems));
            doc.put("output", written ? output.toString() : null);
            if (changes != null) BuildReport.changes(doc, changes);
            ProblemReport.printJson(out, doc);
        } else {
            ProblemReport.printText(out, problems);
            if (written) {
                out.printf("Exported %d resources with %d template parameters to %s; %s%n", result.resources(), result.parameters(), output,
                        ProblemReport.summary(problems));
                BuildReport.printSplit(out, result);
                if (changes != null) BuildReport.printChanges(out, changes, since != null);
            } else {
                out.printf("Nothing exported: %s%n", ProblemReport.summary(problems));
            }
        }
        return written ? Main.OK : Main.PROBLEMS_FOUND;
    }
}
