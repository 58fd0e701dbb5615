package dev.pipewright.core.dynamic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.expression.EvaluationException;
import dev.pipewright.core.expression.Evaluator;
import dev.pipewright.core.expression.Expr;
import dev.pipewright.core.expression.ExpressionParser;
import dev.pipewright.core.expression.ExpressionSyntaxException;
import dev.pipewright.core.expression.ExpressionText;
import dev.pipewright.core.expression.Functions;
import dev.pipewright.core.expression.SimpleScope;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.model.FactoryInfo;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Add dynamic content" for one field of a pipeline: what an expression there can use — the pipeline's parameters,
 * the factory's global parameters, the pipeline's variables, the outputs of the activities that run before it (those
 * it depends on, directly or not, in its own list and around the containers it is in), {@code item()} inside a
 * ForEach — what the typed text's problems are (the validator's PW411 and PW412), and its value evaluated with the
 * parameters' and variables' defaults.
 */
public final class DynamicContent {
    /** Something to insert: the label shown, the expression text inserted, and what it is. */
    public record Entry(String label, String insert, String detail) {
    }

    /** The value of an evaluation, as JSON text, or why it has none. */
    public record Evaluation(String value, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final List<Entry> parameters = new ArrayList<>();
    private final List<Entry> globalParameters = new ArrayList<>();
    private final List<Entry> variables = new ArrayList<>();
    private final List<Entry> activities = new ArrayList<>();
    private final ObjectNode parameterDefaults = NODES.objectNode();
    private final ObjectNode globalDefaults = NODES.objectNode();
    private final ObjectNode variableDefaults = NODES.objectNode();
    private boolean inLoop;

    private DynamicContent() {
    }

    /**
     * @param activityPointer the JSON pointer of the activity whose field is edited, null for a pipeline-level field
     */
    public static DynamicContent of(Factory factory, Resource pipeline, String activityPointer) {
        DynamicContent c = new DynamicContent();
        JsonNode props = pipeline.properties();
        props.path("parameters").fields().forEachRemaining(e -> {
            String type = e.getValue().path("type").asText("String");
            c.parameters.add(new Entry(e.getKey(), "pipeline().parameters." + e.getKey(), type + defaultText(e.getValue())));
            if (e.getValue().has("defaultValue")) c.parameterDefaults.set(e.getKey(), e.getValue().get("defaultValue"));
        });
        props.path("variables").fields().forEachRemaining(e -> {
            c.variables.add(new Entry(e.getKey(), "variables('" + e.getKey() + "')", e.getValue().path("type").asText("String") + defaultText(e.getValue())));
            if (e.getValue().has("defaultValue")) c.variableDefaults.set(e.getKey(), e.getValue().get("defaultValue"));
        });
        FactoryInfo.of(factory).ifPresent(info -> info.globalParameters().forEach(g -> {
            c.globalParameters.add(new Entry(g.name(), "pipeline().globalParameters." + g.name(), g.type()));
            if (g.value() != null) c.globalDefaults.set(g.name(), g.value());
        }));
        if (activityPointer != null && !activityPointer.isEmpty()) c.upstreamOf(pipeline.json(), activityPointer);
        return c;
    }

    private static String defaultText(JsonNode declaration) {
        JsonNode d = declaration.get("defaultValue");
        return d == null ? "" : " · default " + (d.isTextual() ? d.asText() : d.toString());
    }

    /** The activities before the edited one: walked up its containers, each list's transitive dependencies. */
    private void upstreamOf(JsonNode pipelineJson, String pointer) {
        Set<String> names = new LinkedHashSet<>();
        String at = pointer;
        while (true) {
            int slash = at.lastIndexOf('/');
            if (slash <= 0) break;
            String listPointer = at.substring(0, slash);
            JsonNode list = pipelineJson.at(listPointer);
            JsonNode activity = pipelineJson.at(at);
            if (!list.isArray() || !activity.isObject()) break;
            names.addAll(dependencies(list, activity.path("name").asText()));
            // up: the container holding this list (…/typeProperties/activities, …/ifTrueActivities, …/cases/0/activities)
            String container = containerOf(listPointer);
            if (container == null) break;
            if ("ForEach".equals(pipelineJson.at(container).path("type").asText())) inLoop = true;
            at = container;
        }
        for (String n : names) activities.add(new Entry(n, "activity('" + n + "').output", "the output of activity " + n));
    }

    private static String containerOf(String listPointer) {
        int typeProperties = listPointer.lastIndexOf("/typeProperties/");
        return typeProperties < 0 ? null : listPointer.substring(0, typeProperties);
    }

    private static Set<String> dependencies(JsonNode list, String name) {
        Set<String> found = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(name));
        Set<String> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            String current = queue.remove(0);
            for (JsonNode a : list) {
                if (!a.path("name").asText().equals(current)) continue;
                for (JsonNode d : a.path("dependsOn")) {
                    String upstream = d.path("activity").asText();
                    if (seen.add(upstream)) {
                        found.add(upstream);
                        queue.add(upstream);
                    }
                }
            }
        }
        return found;
    }

    public List<Entry> parameters() {
        return List.copyOf(parameters);
    }

    public List<Entry> globalParameters() {
        return List.copyOf(globalParameters);
    }

    public List<Entry> variables() {
        return List.copyOf(variables);
    }

    /** The outputs of the activities that run before this one. */
    public List<Entry> activityOutputs() {
        return List.copyOf(activities);
    }

    /** True inside a ForEach: {@code item()} is the current element. */
    public boolean inLoop() {
        return inLoop;
    }

    /**
     * The problems of a field's text as the validator reports them: an expression that does not parse (PW411, with
     * the character) or calls an unknown function (PW412, with a suggestion). Empty for plain text and valid ones.
     */
    public static List<String> check(String value) {
        List<String> problems = new ArrayList<>();
        for (String body : ExpressionText.expressionsIn(value)) {
            Expr expr;
            try {
                expr = ExpressionParser.parse(body);
            } catch (ExpressionSyntaxException e) {
                problems.add(ProblemCode.EXPRESSION_SYNTAX.code() + ": the expression does not parse: " + e.getMessage()
                        + " (character " + (e.position() + 1) + ")");
                continue;
            }
            expr.walk(e -> {
                if (e instanceof Expr.Call call && !Functions.isKnown(call.name())) {
                    problems.add(ProblemCode.UNKNOWN_FUNCTION.code() + ": '" + call.name() + "' is not a function of ADF's expression language"
                            + dev.pipewright.core.text.Suggestions.didYouMean(call.name(), Functions.spellings()));
                }
            });
        }
        return problems;
    }

    /** Evaluates a field's text with the parameters', global parameters' and variables' defaults (and a sample item). */
    public Evaluation evaluate(String value) {
        if (!check(value).isEmpty()) return new Evaluation(null, check(value).get(0));
        SimpleScope scope = new SimpleScope().pipeline(SimpleScope.pipelineWith(parameterDefaults, globalDefaults));
        for (Iterator<Map.Entry<String, JsonNode>> it = variableDefaults.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> v = it.next();
            scope.variable(v.getKey(), v.getValue());
        }
        try {
            JsonNode result = Evaluator.evaluateValue(value, scope);
            return new Evaluation(result == null ? "null" : result.isTextual() ? result.asText() : result.toPrettyString(), null);
        } catch (EvaluationException | IllegalArgumentException | UnsupportedOperationException e) {
            return new Evaluation(null, e.getMessage());
        }
    }
}
