package dev.pipewright.core.validate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.refs.ReferenceGraph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * "Validate all": the problems found while loading plus every rule (names, references, pipeline
 * structure and limits, what expressions refer to), each located at file, line and column. Codes are listed in docs/problem-codes.md.
 */
public final class Validator {
    private Validator() {
    }

    /**
     * ADF's naming rules for one name of a {@code kind} resource (length, first character, forbidden characters,
     * dashes, the runtime pattern), without a factory: what a New or Rename dialog checks as the user types.
     */
    public static List<Problem> checkName(ResourceKind kind, String name) {
        Factory probe = new Factory(Path.of(""));
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", name);
        json.putObject("properties");
        probe.add(Resource.create(kind, json));
        Findings findings = new Findings(probe);
        NamingRules.check(probe, findings);
        return List.copyOf(findings.problems());
    }

    public static List<Problem> validate(Factory factory) {
        Findings findings = new Findings(factory);
        NamingRules.check(factory, findings);
        ReferenceRules.check(factory, ReferenceGraph.of(factory), findings);
        ResourceExpressionRules.check(factory, findings);
        TriggerRules.check(factory, findings);
        for (var r : factory.resources(ResourceKind.PIPELINE)) {
            Pipeline pipeline = new Pipeline(r);
            PipelineRules.check(pipeline, findings);
            ExpressionRules.check(pipeline, findings);
        }
        List<Problem> problems = new ArrayList<>(factory.loadProblems());
        problems.addAll(findings.problems());
        problems.sort(Problem.BY_LOCATION);
        return problems;
    }
}
