package dev.pipewright.core.validate;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Dataset;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.problem.ProblemCode;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Expressions in datasets, linked services and triggers: they must parse and call known functions, and
 * {@code @dataset().x} / {@code @linkedService().x} must name a parameter the resource declares.
 */
final class ResourceExpressionRules {
    private ResourceExpressionRules() {
    }

    static void check(Factory factory, Findings findings) {
        for (Resource r : factory.resources(ResourceKind.DATASET)) {
            parameterised(r, "dataset", new Dataset(r).parameters().keySet(), findings);
        }
        for (Resource r : factory.resources(ResourceKind.LINKED_SERVICE)) {
            parameterised(r, "linkedService", new LinkedService(r).parameters().keySet(), findings);
        }
        for (Resource r : factory.resources(ResourceKind.TRIGGER)) {
            new ExpressionScanner(r, findings, (at, field) -> false).scan(r.json(), "", "trigger '" + r.name() + "'", (expr, pointer) -> { });
        }
    }

    /** A dataset or linked service: its own parameters are read as {@code @dataset().x} or {@code @linkedService().x}. */
    private static void parameterised(Resource r, String accessor, Set<String> declared, Findings findings) {
        Set<String> names = declared.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String kind = r.kind() == ResourceKind.DATASET ? "dataset" : "linked service";
        ExpressionScanner scanner = new ExpressionScanner(r, findings, (at, field) -> at.equals("/properties") && field.equals("parameters"));
        scanner.scan(r.json(), "", kind + " '" + r.name() + "'", (expr, pointer) -> expr.walk(e -> {
            String parameter = ExpressionScanner.memberOf(e, accessor, null);
            if (parameter != null && !names.contains(parameter.toLowerCase(Locale.ROOT))) {
                findings.add(ProblemCode.UNDECLARED_RESOURCE_PARAMETER, r, pointer,
                        "The " + kind + " '" + r.name() + "' reads @" + accessor + "()." + parameter + ", but declares no parameter '" + parameter + "'",
                        "Add the parameter on the " + kind + "'s Parameters tab, or correct the name");
            }
        }));
    }
}
