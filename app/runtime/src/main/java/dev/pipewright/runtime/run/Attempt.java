package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.expression.Evaluator;
import dev.pipewright.core.model.Activity;

import java.time.Duration;
import java.time.Instant;

/** One attempt of one activity: what a handler reads (expressions, the deadline) and what it leaves for the record. */
final class Attempt {
    final RunContext run;
    final Frame frame;
    final Activity activity;
    final RunScope scope;
    final Instant deadline;
    final Duration timeout;
    /** The activity run's {@code input}: the handler sets what it evaluated. */
    JsonNode input = JsonNodeFactory.instance.objectNode();
    /** For the cost estimate: the duration ADF would bill (a fixture's), else null for the local duration. */
    Long billedDurationMs;
    /** For the cost estimate of a copy: the DIUs used. */
    int dataIntegrationUnits = 4;

    Attempt(RunContext run, Frame frame, Activity activity, Instant start, Duration timeout) {
        this.run = run;
        this.frame = frame;
        this.activity = activity;
        this.scope = new RunScope(run, frame);
        this.deadline = start.plus(timeout);
        this.timeout = timeout;
    }

    /** A typeProperties member with its expressions evaluated; null when absent. */
    JsonNode property(String name) {
        JsonNode v = activity.typeProperties().get(name);
        return v == null ? null : Evaluator.resolve(v, scope);
    }

    /** The whole typeProperties, evaluated, without the given (unevaluated) members such as inner activities. */
    ObjectNode properties(String... without) {
        ObjectNode tp = activity.typeProperties().deepCopy();
        tp.remove(java.util.List.of(without));
        return (ObjectNode) Evaluator.resolve(tp, scope);
    }

    /** The expression text of a typeProperties member ({@code "@..."} or an Expression object), or null. */
    String expression(String name) {
        JsonNode v = activity.typeProperties().get(name);
        if (v == null) return null;
        if (Evaluator.isExpressionObject(v)) return v.get("value").asText();
        return v.isTextual() ? v.asText() : null;
    }

    Duration remaining() {
        return Duration.between(run.clock().now(), deadline);
    }

    ActivityFailure failure(String code, String message) {
        return new ActivityFailure(RunError.user(code, message, activity.name()));
    }

    ActivityFailure cancelled() {
        return new ActivityFailure(RunError.user(RunCodes.CANCELLED, "The run was cancelled while " + activity.name() + " ran", activity.name()),
                RunStatus.CANCELLED);
    }

    ActivityFailure timedOut() {
        return timedOut(timeout, "its policy.timeout");
    }

    ActivityFailure timedOut(Duration after, String which) {
        return new ActivityFailure(RunError.user(RunCodes.TIMED_OUT, "Activity " + activity.name() + " timed out after " + Policy.format(after)
                + " (" + which + ")", activity.name()));
    }
}
