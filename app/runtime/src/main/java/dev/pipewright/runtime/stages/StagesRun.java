package dev.pipewright.runtime.stages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.arm.FactoryId;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.ProfileReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole stage check from files, as {@code pipewright stages-check} and the studio's Manage › Stage check run it: each
 * stage's environment profile and (optionally) its ARM parameters file are read, the factory's templates are built
 * for their parameters, and {@link StageCheck} compares the stages. Bad files are problems, not exceptions.
 */
public final class StagesRun {
    /** The stages as read, and every problem found (the files', the export's, the check's). */
    public record Result(List<Stage> stages, List<Problem> problems) {
    }

    private StagesRun() {
    }

    /**
     * @param profiles       one environment profile per stage
     * @param parameterFiles none, or one ARM parameters file per stage in the same order
     * @throws IllegalArgumentException when the two lists do not pair up
     */
    public static Result run(Factory factory, List<Path> profiles, List<Path> parameterFiles) {
        if (profiles.isEmpty()) throw new IllegalArgumentException("give at least one stage's environment profile");
        if (!parameterFiles.isEmpty() && parameterFiles.size() != profiles.size()) {
            throw new IllegalArgumentException(profiles.size() + " --env but " + parameterFiles.size()
                    + " --parameters: give one parameters file per stage, in the same order, or none");
        }
        List<Problem> problems = new ArrayList<>();
        RegionCatalog regions = RegionCatalog.standard();
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            ProfileReader.Result read = ProfileReader.read(profiles.get(i), regions);
            problems.addAll(read.problems());
            JsonNode parameters = parameterFiles.isEmpty() ? null : parametersOf(parameterFiles.get(i), problems);
            String name = profiles.get(i).getFileName().toString().replaceFirst("\\.json$", "");
            stages.add(new Stage(name, read.profile(), parameters, parameterFiles.isEmpty() ? null : parameterFiles.get(i).toString()));
        }
        String factoryName = stages.get(0).profile().factoryName().filter(n -> n.matches("[A-Za-z0-9][A-Za-z0-9-]{1,61}[A-Za-z0-9]")).orElse("stage-check");
        ArmExport.Result export = ArmExport.build(factory, FactoryId.parse("/subscriptions/0/resourceGroups/stages/providers/Microsoft.DataFactory/factories/"
                + factoryName), ArmExport.Options.ADF);
        problems.addAll(export.problems());
        if (export.ok()) problems.addAll(StageCheck.check(factory, declared(export), stages, regions));
        return new Result(stages, problems);
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
        return JsonNodeFactory.instance.objectNode();
    }
}
