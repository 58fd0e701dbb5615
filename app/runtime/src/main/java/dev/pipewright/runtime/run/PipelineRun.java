package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One pipeline run with ADF's API fields, its activity runs in start order, and the runs it started through
 * Execute Pipeline.
 *
 * @param invokedBy         {@code {"id", "name", "invokedByType"}} (+ {@code pipelineName}, {@code pipelineRunId} for a child run)
 * @param message           why it failed, or empty
 * @param returnValue       the pipeline return value (Set Variable of {@code pipelineReturnValue}), or null
 * @param skippedActivities the activities that did not run because their dependency conditions were not met
 * @param estimatedCost     what ADF would bill for this run and its activities, in US dollars (child runs not included)
 */
public record PipelineRun(String runId, String pipelineName, JsonNode parameters, JsonNode invokedBy, Instant runStart, Instant runEnd,
                          RunStatus status, String message, List<ActivityRun> activityRuns, List<String> skippedActivities,
                          JsonNode returnValue, List<PipelineRun> childRuns, double estimatedCost) {
    public PipelineRun {
        activityRuns = List.copyOf(activityRuns);
        skippedActivities = List.copyOf(skippedActivities);
        childRuns = List.copyOf(childRuns);
    }

    public long durationInMs() {
        return runEnd.toEpochMilli() - runStart.toEpochMilli();
    }
}
