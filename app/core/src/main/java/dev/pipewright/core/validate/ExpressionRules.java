package dev.pipewright.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.expression.Expr;
import dev.pipewright.core.expression.ExpressionParser;
import dev.pipewright.core.expression.ExpressionSyntaxException;
import dev.pipewright.core.expression.ExpressionText;
import dev.pipewright.core.expression.Functions;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Dependency;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.text.Suggestions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
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
            scan(a, a.json(), a.pointer(), visibleHere);
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

    /** Walks the activity's own JSON (not its inner activities) and checks every expression in it. */
    private void scan(Activity a, JsonNode node, String pointer, Set<String> visible) {
        if (node.isTextual()) {
            for (String body : ExpressionText.expressionsIn(node.asText())) checkExpression(a, body, pointer, visible);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) scan(a, node.get(i), JsonLocator.child(pointer, i), visible);
        } else if (node.isObject()) {
            String containerProperties = a.isContainer() ? JsonLocator.child(a.pointer(), "typeProperties") : null;
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                boolean innerList = pointer.equals(containerProperties) && INNER_LISTS.contains(field.getKey());
                boolean dependsOn = pointer.equals(a.pointer()) && field.getKey().equals("dependsOn");
                if (innerList || dependsOn) continue;
                scan(a, field.getValue(), JsonLocator.child(pointer, field.getKey()), visible);
            }
        }
    }

    private void checkExpression(Activity a, String body, String pointer, Set<String> visible) {
        Expr expr;
        try {
            expr = ExpressionParser.parse(body);
        } catch (ExpressionSyntaxException e) {
            findings.add(ProblemCode.EXPRESSION_SYNTAX, resource, pointer,
                    "Expression in activity '" + a.name() + "' does not parse: " + e.getMessage() + " (character " + (e.position() + 1)
                            + " of @{" + abbreviate(body) + "})",
                    "Fix the expression: ADF refuses to run an activity whose expressions do not parse");
            return;
        }
        expr.walk(e -> {
            if (e instanceof Expr.Call call) checkCall(a, call, pointer, visible);
            String parameter = parameterName(e);
            if (parameter != null && !parameters.contains(lower(parameter))) {
                findings.add(ProblemCode.UNDECLARED_PARAMETER, resource, pointer,
                        "Activity '" + a.name() + "' reads pipeline parameter '" + parameter + "', which pipeline '" + resource.name() + "' does not declare",
                        "Add the parameter on the pipeline's Parameters tab, or correct the name");
            }
        });
    }

    private void checkCall(Activity a, Expr.Call call, String pointer, Set<String> visible) {
        String name = lower(call.name());
        if (!Functions.isKnown(name)) {
            findings.add(ProblemCode.UNKNOWN_FUNCTION, resource, pointer, "Expression in activity '" + a.name() + "' calls '" + call.name()
                            + "', which is not a function of ADF's expression language" + Suggestions.didYouMean(call.name(), Functions.spellings()),
                    "Correct the name; the functions are listed in ADF's \"Expressions and functions\" documentation");
            return;
        }
        String target = call.stringArgument(0);
        if (target == null) return;
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

    /** {@code x} of {@code pipeline().parameters.x} or {@code pipeline().parameters['x']} (also the legacy bare {@code pipeline}). */
    private static String parameterName(Expr e) {
        Expr target;
        String name;
        if (e instanceof Expr.Member m) {
            target = m.target();
            name = m.name();
        } else if (e instanceof Expr.Index i && i.index() instanceof Expr.Literal l && l.value() instanceof String s) {
            target = i.target();
            name = s;
        } else {
            return null;
        }
        boolean isParameters = target instanceof Expr.Member p && p.name().equalsIgnoreCase("parameters")
                && p.target() instanceof Expr.Call c && c.name().equalsIgnoreCase("pipeline") && c.args().isEmpty();
        return isParameters ? name : null;
    }

    private static String abbreviate(String body) {
        return body.length() <= 60 ? body : body.substring(0, 57) + "...";
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
