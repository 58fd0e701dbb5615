package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.arm.FactoryId;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.problem.Severity;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.runtime.stages.Stage;
import dev.pipewright.runtime.stages.StageCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        if (!parameterFiles.isEmpty() && parameterFiles.size() != envs.size()) {
            throw new IllegalArgumentException(envs.size() + " --env but " + parameterFiles.size() + " --parameters: give one parameters file per stage, in the same order, or none");
        }
        Factory factory = FactoryRoot.load(root);
        List<Problem> problems = new ArrayList<>();
        RegionCatalog regions = RegionCatalog.standard();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < envs.size(); i++) {
            ProfileReader.Result read = ProfileReader.read(envs.get(i), regions);
            problems.addAll(read.problems());
            JsonNode parameters = parameterFiles.isEmpty() ? null : parametersOf(parameterFiles.get(i), problems);
            String name = envs.get(i).getFileName().toString().replaceFirst("\\.json$", "");
            stages.add(new Stage(name, read.profile(), parameters, parameterFiles.isEmpty() ? null : parameterFiles.get(i).toString()));
        }
        String factoryName = stages.get(0).profile().factoryName().filter(n -> n.matches("[A-Za-z0-9][A-Za-z0-9-]{1,61}[A-Za-z0-9]")).orElse("stage-check");
        ArmExport.Result export = ArmExport.build(factory, FactoryId.parse("/subscriptions/0/resourceGroups/stages/providers/Microsoft.DataFactory/factories/"
                + factoryName), ArmExport.Options.ADF);
        problems.addAll(export.problems());
        if (export.ok()) problems.addAll(StageCheck.check(factory, declared(export), stages, regions));
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

    private static Map<String, JsonNode> declared(ArmExport.Result export) {
        Map<String, JsonNode> declared = new LinkedHashMap<>();
        try {
            new ObjectMapper().readTree(export.files().get("ARMTemplateForFactory.json")).get("parameters")
                    .fields().forEachRemaining(e -> declared.put(e.getKey(), e.getValue()));
        } catch (IOException e) {
            throw new IllegalStateException("the generated template does not parse", e);
        }
        return declared;
    }

    private static JsonNode parametersOf(Path file, List<Problem> problems) {
        try {
            JsonNode doc = new ObjectMapper().readTree(Files.readAllBytes(file));
            if (doc != null && doc.path("parameters").isObject()) return doc.get("parameters");
            problems.add(Problem.of(ProblemCode.STAGE_FILE_INVALID, null, file.toString(), 1, 1,
                    "The stage's parameters file has no \"parameters\" object", "It is a deploymentParameters document: {\"$schema\": …, \"parameters\": {…}}"));
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.STAGE_FILE_INVALID, null, file.toString(), 0, 0, "Cannot read the stage's parameters file: " + e.getMessage(),
                    "Check the path, and that the file is JSON"));
        }
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    }
}
