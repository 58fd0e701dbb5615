package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.expression.EvaluationException;
import dev.pipewright.core.expression.Scope;

import java.time.Clock;

/** What an expression in a running activity reads: the run's pipeline() and variables, the frame's outputs and item. */
final class RunScope implements Scope {
    private final RunContext run;
    private final Frame frame;
    private final JsonNode filterItem;

    RunScope(RunContext run, Frame frame, JsonNode filterItem) {
        this.run = run;
        this.frame = frame;
        this.filterItem = filterItem;
    }

    RunScope(RunContext run, Frame frame) {
        this(run, frame, null);
    }

    RunScope withItem(JsonNode item) {
        return new RunScope(run, frame, item);
    }

    @Override
    public JsonNode pipeline() {
        return run.pipelineObject();
    }

    @Override
    public JsonNode activity(String name) {
        ActivityOutcome o = frame.find(name);
        if (o == null) {
            throw new EvaluationException("activity('" + name + "') has no output here: it has not run before this point"
                    + " (only activities this one depends on, directly or through others, have run)");
        }
        return o.asExpressionValue();
    }

    @Override
    public JsonNode variable(String name) {
        return run.variables().get(name);
    }

    @Override
    public JsonNode item() {
        JsonNode item = filterItem != null ? filterItem : frame.item();
        if (item == null) throw new EvaluationException("item() is not available here; it can be used only inside a ForEach or a Filter");
        return item;
    }

    @Override
    public JsonNode dataset() {
        throw new EvaluationException("dataset() is not available here; it can be used only in a dataset's properties");
    }

    @Override
    public JsonNode linkedService() {
        throw new EvaluationException("linkedService() is not available here; it can be used only in a linked service's properties");
    }

    @Override
    public JsonNode trigger() {
        throw new EvaluationException("trigger() is not available here: this run was started manually (TriggerType Manual)");
    }

    @Override
    public JsonNode triggerBody() {
        throw new EvaluationException("triggerBody() is not available here: this run was started manually, not by an event trigger");
    }

    @Override
    public Clock clock() {
        return run.clock().asClock();
    }
}
