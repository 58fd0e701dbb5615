package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One activity run (one attempt; one per iteration of a loop) with ADF's API fields. {@code input} and
 * {@code output} are as recorded: masked when the activity's policy says secureInput / secureOutput.
 *
 * @param scope                       where it ran inside containers, e.g. {@code ForEach1[2]}; empty at the top level
 * @param effectiveIntegrationRuntime ADF's {@code "<IR> (<region>)"} from the placement engine; null for control activities
 * @param estimatedCost               what ADF would bill for it, in US dollars (list prices; docs/runs.md)
 * @param sequence                    the order the attempt started in, for a stable listing
 */
public record ActivityRun(String activityRunId, String activityName, String activityType, String pipelineName, String pipelineRunId,
                          RunStatus status, Instant activityRunStart, Instant activityRunEnd, Integer retryAttempt, JsonNode input,
                          JsonNode output, RunError error, String effectiveIntegrationRuntime, double estimatedCost, String scope,
                          long sequence) {
    public long durationInMs() {
        return activityRunEnd.toEpochMilli() - activityRunStart.toEpochMilli();
    }
}
