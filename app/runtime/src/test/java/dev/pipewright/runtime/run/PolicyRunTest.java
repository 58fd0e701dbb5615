package dev.pipewright.runtime.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static dev.pipewright.runtime.run.RunWorld.act;
import static dev.pipewright.runtime.run.RunWorld.after;
import static dev.pipewright.runtime.run.RunWorld.ok;
import static dev.pipewright.runtime.run.RunWorld.only;
import static dev.pipewright.runtime.run.RunWorld.runs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Activity policy, fixtures, activities that cannot run here, cancel, parameters and the cost estimate. */
class PolicyRunTest {
    @TempDir
    Path tmp;

    private static final String NOTEBOOK = "{\"name\": \"Nb\", \"type\": \"DatabricksNotebook\", \"dependsOn\": [], "
            + "\"policy\": {\"retry\": 2, \"retryIntervalInSeconds\": 45}, \"typeProperties\": {\"notebookPath\": \"/etl/@{pipeline().Pipeline}\"}}";

    @Test
    void anActivityThatNeedsAzureComputeFailsWithTheReasonUnlessTheFixtureGivesItsOutput() throws Exception {
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + NOTEBOOK + "]", "");
        PipelineRun r = w.run("P");
        assertEquals(RunStatus.FAILED, r.status());
        assertEquals(3, runs(r, "Nb").size(), "retried twice");
        RunError e = runs(r, "Nb").get(0).error();
        assertEquals("PW971", e.errorCode());
        assertTrue(e.message().startsWith("DatabricksNotebook activity Nb cannot run on this machine: it dispatches work to external compute"), e.message());
        assertEquals("{\"notebookPath\":\"/etl/P\"}", runs(r, "Nb").get(0).input().toString());
        w.fixture("{\"Nb\": [{\"status\": \"Failed\", \"error\": {\"errorCode\": \"3204\", \"message\": \"cluster busy\"}}, "
                + "{\"output\": {\"runOutput\": 42}}]}");
        PipelineRun retried = w.run("P");
        assertEquals(RunStatus.SUCCEEDED, retried.status());
        List<ActivityRun> attempts = runs(retried, "Nb");
        assertEquals(Arrays.asList(null, 1), attempts.stream().map(ActivityRun::retryAttempt).toList());
        assertEquals("3204", attempts.get(0).error().errorCode());
        assertEquals("{\"runOutput\":42}", attempts.get(1).output().toString());
        assertEquals(45, Duration.between(attempts.get(0).activityRunEnd(), attempts.get(1).activityRunStart()).getSeconds());
    }

    @Test
    void policyTimeoutEndsAWaitAsTimedOut() {
        String wait = "{\"name\": \"Long\", \"type\": \"Wait\", \"dependsOn\": [], \"policy\": {\"timeout\": \"0.00:00:30\"}, "
                + "\"typeProperties\": {\"waitTimeInSeconds\": 600}}";
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + wait + "]", "");
        PipelineRun r = w.run("P");
        RunError e = only(r, "Long").error();
        assertEquals(new RunError("PW972", "Activity Long timed out after 0.00:00:30 (its policy.timeout)", "UserError", "Long"), e);
        assertEquals(Duration.ofSeconds(30), w.clock.elapsed());
    }

    @Test
    void secureOutputIsMaskedInTheRecordButLaterActivitiesReadIt() {
        String set = "{\"name\": \"Secret\", \"type\": \"SetVariable\", \"dependsOn\": [], \"policy\": {\"secureInput\": true, \"secureOutput\": true}, "
                + "\"typeProperties\": {\"variableName\": \"v\", \"value\": \"s3cr3t-value\"}}";
        String use = act("Use", "SetVariable", "{\"variableName\": \"w\", \"value\": \"@{length(activity('Secret').output.value)}\"}", after("Secret", "Succeeded"));
        PipelineRun r = new RunWorld(tmp).pipeline("P", "[" + set + ", " + use + "]",
                "\"variables\": {\"v\": {\"type\": \"String\"}, \"w\": {\"type\": \"String\"}}").run("P");
        assertEquals("\"********\"", only(r, "Secret").output().toString());
        assertEquals("\"********\"", only(r, "Secret").input().toString());
        assertEquals("12", only(r, "Use").output().get("value").asText());
        assertTrue(!RunJson.pipelineRun(r).toString().contains("s3cr3t-value"));
    }

    @Test
    void secureStringParametersNeverReachTheRecord() {
        String set = act("Echo", "SetVariable", "{\"variableName\": \"v\", \"value\": \"pwd=@{pipeline().parameters.password}\"}", "[]");
        PipelineRun r = new RunWorld(tmp).pipeline("P", "[" + set + "]", "\"parameters\": {\"password\": {\"type\": \"SecureString\"}}, "
                + "\"variables\": {\"v\": {\"type\": \"String\"}}").run("P", "password=hunter2-x");
        String json = RunJson.pipelineRun(r).toString();
        assertTrue(!json.contains("hunter2-x"), json);
        assertEquals("pwd=********", only(r, "Echo").output().get("value").asText());
        assertEquals("\"********\"", r.parameters().get("password").toString());
    }

    @Test
    void parametersAreCheckedBeforeAnythingRuns() {
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + ok("A", "[]") + "]",
                "\"parameters\": {\"count\": {\"type\": \"Int\"}, \"flag\": {\"type\": \"Bool\", \"defaultValue\": false}, \"list\": {\"type\": \"Array\", \"defaultValue\": []}}");
        assertEquals("parameter 'count' (Int) has no default value and was not given: pass --param count=<value>",
                assertThrows(IllegalArgumentException.class, () -> w.run("P")).getMessage());
        assertEquals("parameter 'count' is Int, and 'ten' is not an integer; parameter 'list' is Array, and '{}' is not a JSON array",
                assertThrows(IllegalArgumentException.class, () -> w.run("P", "count=ten", "list={}")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> w.run("P", "count=1", "cuont=2")).getMessage()
                .startsWith("the pipeline P has no parameter 'cuont'"));
        PipelineRun r = w.run("P", "count=7", "flag=TRUE", "list=[1,2]");
        assertEquals("{\"count\":7,\"flag\":true,\"list\":[1,2]}", r.parameters().toString());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> w.run("Nope")).getMessage().startsWith("the factory has no pipeline named \"Nope\""));
    }

    @Test
    void executePipelineWaitsForTheChildAndReadsItsReturnValue() {
        String ret = act("Return", "SetVariable", "{\"variableName\": \"pipelineReturnValue\", \"setSystemVariable\": true, \"value\": ["
                + "{\"key\": \"rows\", \"value\": {\"type\": \"Expression\", \"content\": \"@mul(pipeline().parameters.n, 2)\"}}, "
                + "{\"key\": \"by\", \"value\": {\"type\": \"Expression\", \"content\": \"@pipeline()?.TriggeredByPipelineName\"}}]}", "[]");
        String call = act("Call", "ExecutePipeline", "{\"pipeline\": {\"referenceName\": \"Child\", \"type\": \"PipelineReference\"}, "
                + "\"waitOnCompletion\": true, \"parameters\": {\"n\": 21}}", "[]");
        String use = act("Use", "SetVariable", "{\"variableName\": \"v\", \"value\": \"@{activity('Call').output.pipelineReturnValue.rows}\"}", after("Call", "Succeeded"));
        RunWorld w = new RunWorld(tmp).pipeline("Child", "[" + ret + "]", "\"parameters\": {\"n\": {\"type\": \"Int\"}}")
                .pipeline("Parent", "[" + call + ", " + use + "]", "\"variables\": {\"v\": {\"type\": \"String\"}}");
        PipelineRun r = w.run("Parent");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        assertEquals("42", only(r, "Use").output().get("value").asText());
        assertEquals(1, r.childRuns().size());
        PipelineRun child = r.childRuns().get(0);
        assertEquals("{\"rows\":42,\"by\":\"Parent\"}", child.returnValue().toString());
        assertEquals(child.runId(), only(r, "Call").output().get("pipelineRunId").asText());
        assertEquals("PipelineActivity", child.invokedBy().get("invokedByType").asText());
        String failing = act("Call", "ExecutePipeline", "{\"pipeline\": {\"referenceName\": \"Child\", \"type\": \"PipelineReference\"}, "
                + "\"waitOnCompletion\": true}", "[]");
        PipelineRun missing = w.pipeline("Bad", "[" + failing + "]", "").run("Bad");
        assertEquals("PW974", only(missing, "Call").error().errorCode());
        String noWait = failing.replace("true}", "false, \"parameters\": {\"n\": \"x\"}}");
        RunError typed = only(w.pipeline("Bad2", "[" + noWait + "]", "").run("Bad2"), "Call").error();
        assertTrue(typed.message().endsWith("parameter 'n' is Int, and 'x' is not an integer"), typed.message());
    }

    @Test
    void withoutWaitOnCompletionTheActivitySucceedsAndTheChildStillRunsToItsEnd() {
        String call = act("Call", "ExecutePipeline", "{\"pipeline\": {\"referenceName\": \"Child\", \"type\": \"PipelineReference\"}}", "[]");
        RunWorld w = new RunWorld(tmp).pipeline("Child", "[" + ok("W", "[]") + ", " + act("Boom", "Fail", "{\"message\": \"child failed\", \"errorCode\": \"C1\"}",
                after("W", "Succeeded")) + "]", "").pipeline("Parent", "[" + call + "]", "");
        PipelineRun r = w.run("Parent");
        assertEquals(RunStatus.SUCCEEDED, r.status(), "the parent does not wait for the child's outcome");
        assertEquals(RunStatus.FAILED, r.childRuns().get(0).status(), "the child ran to its end before the run returned");
        assertEquals("Operation on target Boom failed: child failed", r.childRuns().get(0).message());
        assertTrue(!only(r, "Call").output().has("pipelineReturnValue"));
    }

    @Test
    void cancelEndsTheRunningActivityAndStartsNothingAfter() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + act("Long", "Wait", "{\"waitTimeInSeconds\": 3600}", "[]") + ", "
                + ok("Next", after("Long", "Completed")) + "]", "");
        RunClock system = RunClock.system();
        w.clock = null;
        RunControl control = new RunControl();
        RunClock signalling = new RunClock() {
            @Override
            public java.time.Instant now() {
                return system.now();
            }

            @Override
            public boolean sleep(Duration duration, RunControl c) {
                waiting.countDown();
                return system.sleep(duration, c);
            }
        };
        CompletableFuture<PipelineRun> run = CompletableFuture.supplyAsync(() -> w.runWith(signalling, "P", control));
        assertTrue(waiting.await(30, TimeUnit.SECONDS), "the Wait started");
        control.cancel();
        PipelineRun r = run.get(30, TimeUnit.SECONDS);
        assertEquals(RunStatus.CANCELLED, r.status());
        assertEquals("PW973", only(r, "Long").error().errorCode());
        assertEquals(RunStatus.CANCELLED, only(r, "Long").status());
        assertTrue(runs(r, "Next").isEmpty());
    }

    @Test
    void costIsOrchestrationPlusBilledMinutes() throws Exception {
        String two = ok("A", "[]") + ", " + ok("B", after("A", "Succeeded"));
        PipelineRun control = new RunWorld(tmp).pipeline("P", "[" + two + "]", "").run("P");
        assertEquals(0.003, control.estimatedCost(), 1e-9, "the run and two activity runs at $1 per 1,000");
        RunWorld w = new RunWorld(tmp).pipeline("Q", "[" + NOTEBOOK + "]", "").fixture("{\"Nb\": {\"output\": {}, \"durationInMs\": 90000}}");
        ActivityRun nb = only(w.run("Q"), "Nb");
        assertEquals(0.001 + 2 / 60.0 * 0.00025, nb.estimatedCost(), 1e-12, "90 s bill as 2 minutes of external activity");
        assertNull(only(control, "A").effectiveIntegrationRuntime(), "control activities run on no IR");
        assertEquals("AutoResolveIntegrationRuntime (East US)", nb.effectiveIntegrationRuntime());
        assertEquals(0.25 * 4 / 60, 4 * CostModel.DIU_HOUR * CostModel.billedHours(12_000), 1e-12, "a 12 s copy with 4 DIUs bills 0.0667 DIU-hours");
    }
}
