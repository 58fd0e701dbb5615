package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * A {@link Scope} read from one JSON context object, as {@code pipewright eval --context} takes it:
 * {@code parameters}, {@code globalParameters}, {@code variables}, {@code activities}
 * ({@code {"Name": {"status", "output"}}}), {@code item}, {@code dataset}, {@code linkedService},
 * {@code trigger}, {@code triggerBody} and {@code system} (the system variables {@code RunId}, {@code Pipeline},
 * {@code DataFactory}, {@code TriggerTime}, {@code TriggerType} … that {@code pipeline()} carries beside its
 * parameters). {@code system.utcNow}, when given, fixes the clock of {@code utcNow()}.
 */
public final class ContextScope {
    /** The context's keys. */
    public static final List<String> KEYS = List.of("parameters", "globalParameters", "variables", "activities", "item", "dataset",
            "linkedService", "trigger", "triggerBody", "system");
    /** System variables that are null unless a parent pipeline started the run; present so {@code pipeline()?.X} reads null. */
    private static final Set<String> NULL_UNLESS_GIVEN = Set.of("TriggeredByPipelineName", "TriggeredByPipelineRunId");

    private ContextScope() {
    }

    /** @throws IllegalArgumentException when the context is not an object, has an unknown key or a key of the wrong shape */
    public static SimpleScope of(JsonNode context) {
        if (context == null || context.isNull() || context.isMissingNode()) return of(Values.NODES.objectNode());
        if (!context.isObject()) throw new IllegalArgumentException("the context must be a JSON object, not " + Values.describe(context));
        context.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("the context has an unknown key '" + k + "'; its keys are " + String.join(", ", KEYS));
            }
        });
        ObjectNode pipeline = SimpleScope.pipelineWith(object(context, "parameters"), object(context, "globalParameters"));
        NULL_UNLESS_GIVEN.forEach(k -> pipeline.putNull(k));
        ObjectNode system = object(context, "system");
        Clock clock = Clock.systemUTC();
        for (var it = system.fields(); it.hasNext(); ) {
            var f = it.next();
            if (f.getKey().equalsIgnoreCase("utcNow")) {
                clock = fixed(f.getValue());
            } else {
                pipeline.set(f.getKey(), f.getValue());
            }
        }
        SimpleScope scope = new SimpleScope().pipeline(pipeline).clock(clock);
        object(context, "variables").fields().forEachRemaining(f -> scope.variable(f.getKey(), f.getValue()));
        object(context, "activities").fields().forEachRemaining(f -> {
            if (!f.getValue().isObject()) {
                throw new IllegalArgumentException("activities." + f.getKey() + " must be an object such as {\"status\": \"Succeeded\", \"output\": {...}}");
            }
            scope.activity(f.getKey(), f.getValue());
        });
        if (context.has("item")) scope.item(context.get("item"));
        if (context.has("dataset")) scope.dataset(object(context, "dataset"));
        if (context.has("linkedService")) scope.linkedService(object(context, "linkedService"));
        if (context.has("trigger")) scope.trigger(context.get("trigger"));
        if (context.has("triggerBody")) scope.triggerBody(context.get("triggerBody"));
        return scope;
    }

    private static ObjectNode object(JsonNode context, String key) {
        JsonNode v = context.get(key);
        if (v == null || v.isNull()) return Values.NODES.objectNode();
        if (v instanceof ObjectNode o) return o;
        throw new IllegalArgumentException("the context's '" + key + "' must be a JSON object, not " + Values.describe(v));
    }

    private static Clock fixed(JsonNode value) {
        try {
            return Clock.fixed(Instant.parse(value.asText()), ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("system.utcNow must be an ISO 8601 UTC time such as 2026-11-25T08:30:00Z, not '" + value.asText() + "'");
        }
    }
}
