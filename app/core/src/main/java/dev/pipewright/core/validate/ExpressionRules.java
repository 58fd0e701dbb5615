package dev.pipewright.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.expression.Expr;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Dependency;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.ProblemCode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A pipeline's expressions, checked as ADF checks them before a run: they must parse, call known functions,
 * read only the output of activities that ran before (ADF: "not an ancestor to the current activity"), and
 * read declared variables and pipeline parameters. Names compare ignoring case, like ADF's.
 */
final class ExpressionRules {
    /** Fields holding inner activities: their expressions belong to the inner activities. */
    private static final Set<String> INNER_LISTS = Set.of("activities", "ifTrueActivities", "ifFalseActivities", "defaultActivities", "cases");
    /** SetVariable's system variable for a pipeline's return value, which is never declared. */
    private static final String RETURN_VALUE = "pipelinereturnvalue";

    private final Resource resource;
    private final Findings findings;
    private final Set<String> variables = new HashSet<>();
    private final Set<String> parameters = new HashSet<>();

    private ExpressionRules(Pipeline pipeline, Findings findings) {
        this.resource = pipeline.resource();
        this.findings = findings;
        pipeline.variables().keySet().forEach(v -> variables.add(lower(v)));
        pipeline.parameters().keySet().forEach(p -> parameters.add(lower(p)));
    }

    static void check(Pipeline pipeline, Findings findings) {
        new ExpressionRules(pipeline, findings).scope(pipeline.activities(), Set.of());
    }

    /**
     * One list of activities. An activity runs after its dependsOn ancestors, transitively, and after everything
     * inside those that are containers; inner activities also run after their container's ancestors.
     */
    private void scope(List<Activity> activities, Set<String> inherited) {
        Map<String, Activity> byName = new HashMap<>();
        for (Activity a : activities) byName.putIfAbsent(lower(a.name()), a);
        for (Activity a : activities) {
            Set<String> before = new HashSet<>(inherited);
            ancestors(a, byName, before, new HashSet<>());
            Set<String> visibleHere = before;
            if (a.type().equals("Until")) { // Until's condition is evaluated after each pass of its inner activities
                visibleHere = new HashSet<>(before);
                addDescendants(a, visibleHere);
            }
            checkVariableName(a);
            scan(a, visibleHere);
            for (Activity.Branch b : a.branches()) scope(b.activities(), before);
        }
    }

    private static void ancestors(Activity a, Map<String, Activity> byName, Set<String> into, Set<String> seen) {
        for (Dependency d : a.dependsOn()) {
            String up = lower(d.activity());
            if (!seen.add(up)) continue;
            into.add(up);
            Activity upstream = byName.get(up);
            if (upstream == null) continue; // PW401 reports the dangling dependency
            addDescendants(upstream, into);
            ancestors(upstream, byName, into, seen);
        }
    }

    private static void addDescendants(Activity container, Set<String> into) {
        for (Activity.Branch b : container.branches()) {
            for (Activity inner : b.activities()) {
                into.add(lower(inner.name()));
                addDescendants(inner, into);
            }
        }
    }

    private void checkVariableName(Activity a) {
        if (!a.type().equals("SetVariable") && !a.type().equals("AppendVariable")) return;
        JsonNode name = a.typeProperties().get("variableName");
        if (name == null || !name.isTextual() || name.asText().isEmpty()) return;
        String v = lower(name.asText());
        if (variables.contains(v) || (a.type().equals("SetVariable") && v.equals(RETURN_VALUE))) return;
        findings.add(ProblemCode.UNDECLARED_VARIABLE, resource, JsonLocator.child(JsonLocator.child(a.pointer(), "typeProperties"), "variableName"),
                a.type() + " '" + a.name() + "' sets variable '" + name.asText() + "', which pipeline '" + resource.name() + "' does not declare",
                "Declare the variable on the pipeline's Variables tab, or correct the name");
    }

    /** Checks every expression in the activity's own JSON (not its inner activities, not dependsOn). */
    private void scan(Activity a, Set<String> visible) {
        String containerProperties = a.isContainer() ? JsonLocator.child(a.pointer(), "typeProperties") : null;
        ExpressionScanner scanner = new ExpressionScanner(resource, findings, (at, field) ->
                (at.equals(containerProperties) && INNER_LISTS.contains(field)) || (at.equals(a.pointer()) && field.equals("dependsOn")));
        scanner.scan(a.json(), a.pointer(), "activity '" + a.name() + "'", (expr, pointer) -> expr.walk(e -> {
            if (e instanceof Expr.Call call) checkCall(a, call, pointer, visible);
            String parameter = ExpressionScanner.memberOf(e, "pipeline", "parameters");
            if (parameter != null && !parameters.contains(lower(parameter))) {
                findings.add(ProblemCode.UNDECLARED_PARAMETER, resource, pointer,
                        "Activity '" + a.name() + "' reads pipeline parameter '" + parameter + "', which pipeline '" + resource.name() + "' does not declare",
                        "Add the parameter on the pipeline's Parameters tab, or correct the name");
            }
        }));
    }

    private void checkCall(Activity a, Expr.Call call, String pointer, Set<String> visible) {
        String target = call.stringArgument(0);
        if (target == null) return;
        String name = lower(call.name());
        if (name.equals("activity") && !visible.contains(lower(target))) {
            findings.add(ProblemCode.OUTPUT_OF_NON_ANCESTOR, resource, pointer,
                    "Activity '" + a.name() + "' reads the output of activity '" + target + "', which does not run before it"
                            + " (ADF: not an ancestor of the current activity, or it does not exist)",
                    "Add a dependsOn path from '" + target + "' to '" + a.name() + "' (directly or through its container), or correct the name");
        } else if (name.equals("variables") && !variables.contains(lower(target))) {
            findings.add(ProblemCode.UNDECLARED_VARIABLE, resource, pointer,
                    "Activity '" + a.name() + "' reads variable '" + target + "', which pipeline '" + resource.name() + "' does not declare",
                    "Declare the variable on the pipeline's Variables tab, or correct the name");
        }
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
