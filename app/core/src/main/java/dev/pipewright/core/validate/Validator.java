package dev.pipewright.core.validate;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.refs.ReferenceGraph;

import java.util.ArrayList;
import java.util.List;

/**
 * "Validate all": the problems found while loading plus every rule (names, references, pipeline
 * structure and limits, what expressions refer to), each located at file, line and column. Codes are listed in docs/problem-codes.md.
 */
public final class Validator {
    private Validator() {
    }

    public static List<Problem> validate(Factory factory) {
        Findings findings = new Findings(factory);
        NamingRules.check(factory, findings);
        ReferenceRules.check(factory, ReferenceGraph.of(factory), findings);
        ResourceExpressionRules.check(factory, findings);
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
