package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** A {@link Scope} filled in by the caller; what is not set is "not available here". */
public final class SimpleScope implements Scope {
    private JsonNode pipeline;
    private final Map<String, JsonNode> activities = new HashMap<>();
    private final Map<String, JsonNode> variables = new HashMap<>();
    private JsonNode item;
    private JsonNode dataset;
    private JsonNode linkedService;
    private JsonNode trigger;
    private JsonNode triggerBody;
    private Clock clock = Clock.systemUTC();

    /** {@code pipeline()} with just {@code parameters} and {@code globalParameters}. */
    public static ObjectNode pipelineWith(JsonNode parameters, JsonNode globalParameters) {
        ObjectNode p = JsonNodeFactory.instance.objectNode();
        p.set("parameters", parameters == null ? JsonNodeFactory.instance.objectNode() : parameters);
        p.set("globalParameters", globalParameters == null ? JsonNodeFactory.instance.objectNode() : globalParameters);
        return p;
    }

    public SimpleScope pipeline(JsonNode value) {
        this.pipeline = value;
        return this;
    }

    public SimpleScope activity(String name, JsonNode value) {
        activities.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    public SimpleScope variable(String name, JsonNode value) {
        variables.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    public SimpleScope item(JsonNode value) {
        this.item = value;
        return this;
    }

    public SimpleScope dataset(JsonNode parameters) {
        this.dataset = parameters;
        return this;
    }

    public SimpleScope linkedService(JsonNode parameters) {
        this.linkedService = parameters;
        return this;
    }

    public SimpleScope trigger(JsonNode value) {
        this.trigger = value;
        return this;
    }

    public SimpleScope triggerBody(JsonNode value) {
        this.triggerBody = value;
        return this;
    }

    public SimpleScope clock(Clock value) {
        this.clock = value;
        return this;
    }

    @Override
    public JsonNode pipeline() {
        return available(pipeline, "pipeline()", "in a pipeline");
    }

    @Override
    public JsonNode activity(String name) {
        JsonNode a = activities.get(name.toLowerCase(Locale.ROOT));
        if (a == null) throw new EvaluationException("activity('" + name + "') has no output here: it has not run before this point");
        return a;
    }

    @Override
    public JsonNode variable(String name) {
        JsonNode v = variables.get(name.toLowerCase(Locale.ROOT));
        if (v == null) throw new EvaluationException("variables('" + name + "'): the pipeline has no variable '" + name + "'");
        return v;
    }

    @Override
    public JsonNode item() {
        return available(item, "item()", "inside a ForEach or a Filter");
    }

    @Override
    public JsonNode dataset() {
        return available(dataset, "dataset()", "in a dataset's properties");
    }

    @Override
    public JsonNode linkedService() {
        return available(linkedService, "linkedService()", "in a linked service's properties");
    }

    @Override
    public JsonNode trigger() {
        return available(trigger, "trigger()", "when a trigger started the run");
    }

    @Override
    public JsonNode triggerBody() {
        return available(triggerBody, "triggerBody()", "when an event trigger started the run");
    }

    @Override
    public Clock clock() {
        return clock;
    }

    private static JsonNode available(JsonNode value, String accessor, String where) {
        if (value == null) throw new EvaluationException(accessor + " is not available here; it can be used only " + where);
        return value;
    }
}
