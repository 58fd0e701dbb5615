package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pipewright.core.expression.EvaluationException;
import dev.pipewright.core.expression.ExpressionSyntaxException;
import dev.pipewright.core.model.Activity;
import dev.pipewright.runtime.placement.ActivityTypes;
import dev.pipewright.runtime.placement.PlacementKind;
import dev.pipewright.runtime.placement.RuntimeChoice;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Runs one activity with its policy and records each attempt: inactive activities end as their
 * {@code onInactiveMarkAs} without running; a failed attempt is retried {@code policy.retry} times after
 * {@code retryIntervalInSeconds}; an attempt past {@code policy.timeout} fails; secure input and output are masked
 * in the record (later activities still read the real output).
 */
final class ActivityExecutor {
    static final JsonNode MASKED = TextNode.valueOf(SecretScrubber.MASK);
    private static final Map<String, ActivityHandler> HANDLERS = new HashMap<>();

    static {
        ControlFlow.register(HANDLERS);
        SimpleActivities.register(HANDLERS);
        DataActivities.register(HANDLERS);
    }

    private ActivityExecutor() {
    }

    static ActivityOutcome execute(RunContext run, Frame frame, Activity activity) {
        if ("Inactive".equalsIgnoreCase(activity.state())) return inactive(run, frame, activity);
        RunScope scope = new RunScope(run, frame);
        Policy policy;
        try {
            policy = Policy.of(activity, scope);
        } catch (IllegalArgumentException | EvaluationException | ExpressionSyntaxException e) {
            Instant now = run.clock().now();
            RunError error = RunError.user(RunCodes.INVALID_TEMPLATE, "The policy of " + activity.name() + " cannot be read: " + e.getMessage(), activity.name());
            record(run, frame, activity, now, null, JsonNodeFactory.instance.objectNode(), null, error, RunStatus.FAILED, null, 4, run.nextSequence());
            return new ActivityOutcome(RunStatus.FAILED, JsonNodeFactory.instance.objectNode(), error);
        }
        for (int attemptNumber = 0; ; attemptNumber++) {
            Instant start = run.clock().now();
            long sequence = run.nextSequence();
            Attempt at = new Attempt(run, frame, activity, start, policy.timeout());
            RunStatus status = RunStatus.SUCCEEDED;
            JsonNode output = JsonNodeFactory.instance.objectNode();
            RunError error = null;
            try {
                if (run.control().isCancelled()) throw at.cancelled();
                output = handler(run, activity).run(at);
                if (output == null) output = JsonNodeFactory.instance.objectNode();
                if (run.clock().now().isAfter(at.deadline)) throw at.timedOut();
            } catch (ActivityFailure f) {
                status = f.status();
                error = f.error();
            } catch (EvaluationException | ExpressionSyntaxException e) {
                status = RunStatus.FAILED;
                error = RunError.user(RunCodes.INVALID_TEMPLATE, expressionMessage(activity, e), activity.name());
            } catch (IllegalArgumentException e) {
                status = RunStatus.FAILED;
                error = RunError.user(RunCodes.INVALID_TEMPLATE, e.getMessage(), activity.name());
            } catch (RuntimeException e) {
                status = RunStatus.FAILED;
                error = RunError.system(RunCodes.INTERNAL, "The local runtime failed in " + activity.name() + ": " + e, activity.name());
            }
            JsonNode recordedInput = policy.secureInput() ? MASKED : at.input;
            JsonNode recordedOutput = policy.secureOutput() ? MASKED : output;
            record(run, frame, activity, start, attemptNumber == 0 ? null : attemptNumber, recordedInput, recordedOutput, error, status,
                    at.billedDurationMs, at.dataIntegrationUnits, sequence);
            boolean retry = status == RunStatus.FAILED && attemptNumber < policy.retry() && !run.control().isCancelled();
            if (!retry) return new ActivityOutcome(status, output, error);
            if (!run.clock().sleep(policy.retryInterval(), run.control())) {
                return new ActivityOutcome(RunStatus.CANCELLED, output, error);
            }
        }
    }

    private static String expressionMessage(Activity activity, RuntimeException e) {
        String where = e instanceof ExpressionSyntaxException s ? " (syntax error at character " + s.position() + ")" : "";
        return "The expression in " + activity.name() + " cannot be evaluated" + where + ": " + e.getMessage();
    }

    private static ActivityHandler handler(RunContext run, Activity activity) {
        ActivityHandler control = HANDLERS.get(activity.type());
        boolean orchestration = ActivityTypes.ruleOf(activity.type()) == ActivityTypes.Rule.ORCHESTRATION;
        if (control != null && orchestration) return control;
        if (run.fixture().has(activity.name())) return ExternalActivities::fromFixture;
        if (control != null) return control;
        return ExternalActivities::notRunnable;
    }

    /** An inactive activity: not run, its status the one {@code onInactiveMarkAs} says (Succeeded by default). */
    private static ActivityOutcome inactive(RunContext run, Frame frame, Activity activity) {
        String markAs = activity.json().path("onInactiveMarkAs").asText("Succeeded");
        RunStatus status = switch (markAs) {
            case "Failed" -> RunStatus.FAILED;
            case "Skipped" -> RunStatus.SKIPPED;
            default -> RunStatus.SUCCEEDED;
        };
        RunError error = status == RunStatus.FAILED
                ? RunError.user("Inactive", activity.name() + " is inactive and marked Failed (onInactiveMarkAs)", activity.name()) : null;
        JsonNode output = JsonNodeFactory.instance.objectNode();
        Instant now = run.clock().now();
        record(run, frame, activity, now, null, JsonNodeFactory.instance.objectNode(), output, error, status, 0L, 0, run.nextSequence());
        return new ActivityOutcome(status, output, error);
    }

    private static void record(RunContext run, Frame frame, Activity activity, Instant start, Integer retryAttempt, JsonNode input, JsonNode output,
                               RunError error, RunStatus status, Long billedMs, int dius, long sequence) {
        Instant end = run.clock().now();
        RuntimeChoice where = run.placement(activity.name());
        String effective = where == null || where.kind() == PlacementKind.ORCHESTRATION ? null : where.display();
        long duration = billedMs != null ? billedMs : end.toEpochMilli() - start.toEpochMilli();
        boolean billed = !"Inactive".equalsIgnoreCase(activity.state());
        double cost = billed ? CostModel.activity(activity, where, duration, dius) : 0;
        SecretScrubber scrub = run.scrubber();
        run.record(new ActivityRun(UUID.randomUUID().toString(), activity.name(), activity.type(), run.pipeline().name(), run.runId(), status,
                start, end, retryAttempt, scrub.json(input), scrub.json(output), scrub.error(error), effective, cost, frame.label(), sequence));
    }
}
