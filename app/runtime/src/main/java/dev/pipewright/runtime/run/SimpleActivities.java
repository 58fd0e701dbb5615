package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.expression.EvaluationException;
import dev.pipewright.core.expression.Evaluator;

import java.time.Duration;
import java.util.Map;

/** Wait, Set Variable (and the pipeline return value), Append Variable, Filter and Fail. */
final class SimpleActivities {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String RETURN_VALUE = "pipelineReturnValue";

    private SimpleActivities() {
    }

    static void register(Map<String, ActivityHandler> handlers) {
        handlers.put("Wait", SimpleActivities::waitFor);
        handlers.put("SetVariable", SimpleActivities::setVariable);
        handlers.put("AppendVariable", SimpleActivities::appendVariable);
        handlers.put("Filter", SimpleActivities::filter);
        handlers.put("Fail", SimpleActivities::fail);
    }

    private static JsonNode waitFor(Attempt at) throws ActivityFailure {
        JsonNode seconds = at.property("waitTimeInSeconds");
        if (seconds == null || !seconds.canConvertToLong() || seconds.asLong() < 0) {
            throw at.failure(RunCodes.INVALID_TEMPLATE, "waitTimeInSeconds of " + at.activity.name() + " must be a whole number of seconds, 0 or more, not "
                    + (seconds == null ? "missing" : seconds.toString()));
        }
        at.input = NODES.objectNode().put("waitTimeInSeconds", seconds.asLong());
        Duration wait = Duration.ofSeconds(seconds.asLong());
        Duration remaining = at.remaining();
        boolean timesOut = wait.compareTo(remaining) > 0;
        if (!at.run.clock().sleep(timesOut ? remaining : wait, at.run.control())) throw at.cancelled();
        if (timesOut) throw at.timedOut();
        return NODES.objectNode();
    }

    private static JsonNode setVariable(Attempt at) {
        String name = text(at, "variableName");
        boolean system = at.activity.typeProperties().path("setSystemVariable").asBoolean(false);
        if (system) {
            if (!name.equals(RETURN_VALUE)) throw new EvaluationException("the only system variable is " + RETURN_VALUE + ", not '" + name + "'");
            JsonNode value = returnValue(at);
            at.input = NODES.objectNode().put("variableName", name).set("value", at.activity.typeProperties().path("value"));
            at.run.returnValue(value);
            return NODES.objectNode().put("name", name).set("value", value);
        }
        JsonNode value = at.property("value");
        if (value == null) value = NODES.nullNode();
        at.input = NODES.objectNode().put("variableName", name).set("value", value);
        at.run.variables().set(name, value);
        return NODES.objectNode().put("name", name).set("value", value);
    }

    /** {@code [{"key", "value": {"type", "content"}}]} → {@code {key: value}}; type Expression evaluates content. */
    private static JsonNode returnValue(Attempt at) {
        JsonNode list = at.activity.typeProperties().path("value");
        if (!list.isArray()) throw new EvaluationException("the value of " + RETURN_VALUE + " must be a list of {\"key\", \"value\": {\"type\", \"content\"}}");
        ObjectNode out = NODES.objectNode();
        for (JsonNode entry : list) {
            JsonNode v = entry.path("value");
            JsonNode content = v.path("content");
            String type = v.path("type").asText("String");
            JsonNode evaluated = switch (type) {
                case "Expression" -> Evaluator.evaluateValue(content.asText(), at.scope);
                case "Null" -> NODES.nullNode();
                default -> Evaluator.resolve(content, at.scope);
            };
            out.set(entry.path("key").asText(), evaluated);
        }
        return out;
    }

    private static JsonNode appendVariable(Attempt at) {
        String name = text(at, "variableName");
        JsonNode value = at.property("value");
        if (value == null) value = NODES.nullNode();
        at.input = NODES.objectNode().put("variableName", name).set("value", value);
        at.run.variables().append(name, value);
        return NODES.objectNode();
    }

    private static JsonNode filter(Attempt at) {
        JsonNode items = at.property("items");
        if (items == null || !items.isArray()) {
            throw new EvaluationException("the items of Filter " + at.activity.name() + " must be an array, not " + (items == null ? "missing" : Variables.typeName(items)));
        }
        String condition = at.expression("condition");
        if (condition == null) throw new EvaluationException("Filter " + at.activity.name() + " has no condition");
        ArrayNode kept = NODES.arrayNode();
        for (JsonNode item : items) {
            JsonNode keep = Evaluator.evaluateValue(condition, at.scope.withItem(item));
            if (!keep.isBoolean()) throw new EvaluationException("the condition of Filter " + at.activity.name() + " must be a boolean, not " + Variables.typeName(keep));
            if (keep.booleanValue()) kept.add(item);
        }
        at.input = NODES.objectNode().set("items", items);
        ObjectNode out = NODES.objectNode();
        out.put("ItemsCount", items.size());
        out.put("FilteredItemsCount", kept.size());
        out.set("Value", kept);
        return out;
    }

    private static JsonNode fail(Attempt at) throws ActivityFailure {
        JsonNode message = at.property("message");
        JsonNode code = at.property("errorCode");
        at.input = NODES.objectNode().put("message", message == null ? "" : message.asText()).put("errorCode", code == null ? "" : code.asText());
        throw new ActivityFailure(RunError.user(code == null ? "" : code.asText(), message == null ? "" : message.asText(), at.activity.name()));
    }

    private static String text(Attempt at, String property) {
        JsonNode v = at.property(property);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) throw new EvaluationException(at.activity.name() + " has no " + property);
        return v.asText();
    }
}
