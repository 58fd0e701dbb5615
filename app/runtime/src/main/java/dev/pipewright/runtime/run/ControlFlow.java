package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.expression.EvaluationException;
import dev.pipewright.core.expression.Evaluator;
import dev.pipewright.core.model.Activity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The containers — ForEach (sequential, or {@code batchCount} iterations at a time, each in its own scope),
 * IfCondition, Switch, Until (its {@code timeout}) — and Execute Pipeline. A container fails when its inner
 * activities fail by ADF's status rule (for a ForEach: any iteration).
 */
final class ControlFlow {
    static final int MAX_ITEMS = 100_000;
    static final int DEFAULT_BATCH = 20;
    static final int MAX_BATCH = 50;
    static final Duration UNTIL_DEFAULT_TIMEOUT = Duration.ofDays(7);
    static final int MAX_PIPELINE_DEPTH = 10;

    private ControlFlow() {
    }

    static void register(Map<String, ActivityHandler> handlers) {
        handlers.put("ForEach", ControlFlow::forEach);
        handlers.put("IfCondition", ControlFlow::ifCondition);
        handlers.put("Switch", ControlFlow::switchOn);
        handlers.put("Until", ControlFlow::until);
        handlers.put("ExecutePipeline", ChildPipelines::execute);
    }

    private static JsonNode forEach(Attempt at) throws ActivityFailure {
        JsonNode items = at.property("items");
        if (items == null || !items.isArray()) {
            throw new EvaluationException("the items of ForEach " + at.activity.name() + " must be an array, not "
                    + (items == null ? "missing" : Variables.typeName(items)));
        }
        if (items.size() > MAX_ITEMS) throw at.failure(RunCodes.INVALID_TEMPLATE, "ForEach takes at most " + MAX_ITEMS + " items, got " + items.size());
        ObjectNode tp = at.activity.typeProperties();
        boolean sequential = tp.path("isSequential").asBoolean(false);
        int batch = sequential ? 1 : Math.max(1, Math.min(MAX_BATCH, tp.path("batchCount").asInt(DEFAULT_BATCH)));
        at.input = JsonNodeFactory.instance.objectNode().put("itemsCount", items.size()).put("isSequential", sequential).put("batchCount", batch);
        List<Activity> inner = at.activity.branches().get(0).activities();
        AtomicReferenceArray<RunStatus> results = new AtomicReferenceArray<>(items.size());
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size() && !at.run.control().isCancelled(); i = next.getAndIncrement()) {
                Frame iteration = at.frame.inner(at.activity.name() + "[" + i + "]", items.get(i));
                results.set(i, ScopeRunner.run(at.run, iteration, inner));
            }
        };
        int workers = Math.min(batch, items.size());
        if (workers <= 1) {
            worker.run();
        } else {
            CountDownLatch done = new CountDownLatch(workers);
            for (int w = 0; w < workers; w++) {
                at.run.runner().pool().execute(() -> {
                    try {
                        worker.run();
                    } finally {
                        done.countDown();
                    }
                });
            }
            await(done, at);
        }
        if (at.run.control().isCancelled()) throw at.cancelled();
        for (int i = 0; i < items.size(); i++) if (results.get(i) != RunStatus.SUCCEEDED) throw innerFailed(at);
        return JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode ifCondition(Attempt at) throws ActivityFailure {
        String expression = at.expression("expression");
        if (expression == null) throw new EvaluationException("IfCondition " + at.activity.name() + " has no expression");
        JsonNode value = Evaluator.evaluateValue(expression, at.scope);
        if (!value.isBoolean()) throw new EvaluationException("the expression of IfCondition " + at.activity.name() + " must be a boolean, not " + Variables.typeName(value));
        at.input = JsonNodeFactory.instance.objectNode().put("expression", value.booleanValue());
        Activity.Branch branch = at.activity.branches().get(value.booleanValue() ? 0 : 1);
        return branch(at, branch);
    }

    private static JsonNode switchOn(Attempt at) throws ActivityFailure {
        String expression = at.expression("on");
        if (expression == null) throw new EvaluationException("Switch " + at.activity.name() + " has no 'on' expression");
        JsonNode on = Evaluator.evaluateValue(expression, at.scope);
        if (!on.isTextual() && !on.isIntegralNumber()) {
            throw new EvaluationException("the 'on' expression of Switch " + at.activity.name() + " must be a string or an integer, not " + Variables.typeName(on));
        }
        String value = on.asText();
        at.input = JsonNodeFactory.instance.objectNode().put("on", value);
        List<Activity.Branch> branches = at.activity.branches();
        List<JsonNode> cases = new java.util.ArrayList<>();
        at.activity.typeProperties().path("cases").forEach(cases::add);
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).path("value").asText().equals(value)) return branch(at, branches.get(i));
        }
        return branch(at, branches.get(branches.size() - 1));
    }

    private static JsonNode branch(Attempt at, Activity.Branch branch) throws ActivityFailure {
        Frame frame = at.frame.inner(at.activity.name() + "(" + branch.label() + ")", null);
        RunStatus status = ScopeRunner.run(at.run, frame, branch.activities());
        if (status == RunStatus.CANCELLED) throw at.cancelled();
        if (status != RunStatus.SUCCEEDED) throw innerFailed(at);
        return JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode until(Attempt at) throws ActivityFailure {
        String expression = at.expression("expression");
        if (expression == null) throw new EvaluationException("Until " + at.activity.name() + " has no expression");
        JsonNode t = at.property("timeout");
        Duration timeout = t == null || t.isNull() ? UNTIL_DEFAULT_TIMEOUT : Policy.timespan(t.asText(), "the timeout of Until " + at.activity.name());
        Instant deadline = at.run.clock().now().plus(timeout);
        List<Activity> inner = at.activity.branches().get(0).activities();
        for (int i = 0; ; i++) {
            Frame iteration = at.frame.inner(at.activity.name() + "[" + i + "]", null);
            RunStatus status = ScopeRunner.run(at.run, iteration, inner);
            if (status == RunStatus.CANCELLED) throw at.cancelled();
            if (status != RunStatus.SUCCEEDED) throw innerFailed(at);
            JsonNode done = Evaluator.evaluateValue(expression, new RunScope(at.run, iteration));
            if (!done.isBoolean()) throw new EvaluationException("the expression of Until " + at.activity.name() + " must be a boolean, not " + Variables.typeName(done));
            at.input = JsonNodeFactory.instance.objectNode().put("iterations", i + 1);
            if (done.booleanValue()) return JsonNodeFactory.instance.objectNode();
            if (!at.run.clock().now().isBefore(deadline)) throw at.timedOut(timeout, "the Until's timeout");
            if (at.run.control().isCancelled()) throw at.cancelled();
        }
    }

    static ActivityFailure innerFailed(Attempt at) {
        return at.failure(RunCodes.INNER_FAILED, "Activity failed because an inner activity failed");
    }

    private static void await(CountDownLatch done, Attempt at) {
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            at.run.control().cancel();
        }
    }
}
