package dev.pipewright.runtime.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.pipewright.runtime.run.RunWorld.after;
import static dev.pipewright.runtime.run.RunWorld.fail;
import static dev.pipewright.runtime.run.RunWorld.ok;
import static dev.pipewright.runtime.run.RunWorld.only;
import static dev.pipewright.runtime.run.RunWorld.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dependency conditions and ADF's pipeline status rule, with the patterns of azure-docs
 * tutorial-pipeline-failure-error-handling.md: Try-Catch succeeds, Do-If-Else fails, Do-If-Skip-Else succeeds.
 */
class DependencyRunTest {
    @TempDir
    Path tmp;

    private PipelineRun run(String... activities) {
        return new RunWorld(tmp).pipeline("P", "[" + String.join(", ", activities) + "]", "").run("P");
    }

    @Test
    void aChainAfterAFailureIsSkippedAndThePipelineFails() {
        PipelineRun r = run(fail("X", "[]"), ok("Y", after("X", "Succeeded")), ok("Z", after("Y", "Succeeded")));
        assertEquals(RunStatus.FAILED, r.status());
        assertEquals(List.of("Y", "Z"), r.skippedActivities());
        assertEquals(List.of("Failed"), statuses(r, "X"));
        assertEquals("Operation on target X failed: boom from X", r.message());
        RunError e = only(r, "X").error();
        assertEquals(new RunError("E42", "boom from X", "UserError", "X"), e);
    }

    @Test
    void tryCatchSucceeds() {
        PipelineRun failed = run(fail("Try", "[]"), ok("Catch", after("Try", "Failed")));
        assertEquals(RunStatus.SUCCEEDED, failed.status(), failed.message());
        assertEquals(List.of("Succeeded"), statuses(failed, "Catch"));
    }

    @Test
    void doIfElseFailsWhenTheActivityFails() {
        PipelineRun r = run(fail("Do", "[]"), ok("OnSuccess", after("Do", "Succeeded")), ok("OnFailure", after("Do", "Failed")));
        assertEquals(RunStatus.FAILED, r.status());
        assertEquals(List.of("OnSuccess"), r.skippedActivities());
        assertEquals(List.of("Succeeded"), statuses(r, "OnFailure"));
        PipelineRun green = run(ok("Do", "[]"), ok("OnSuccess", after("Do", "Succeeded")), ok("OnFailure", after("Do", "Failed")));
        assertEquals(RunStatus.SUCCEEDED, green.status());
        assertEquals(List.of("OnFailure"), green.skippedActivities());
    }

    @Test
    void doIfSkipElseSucceedsEitherWay() {
        for (String first : List.of(fail("Do", "[]"), ok("Do", "[]"))) {
            PipelineRun r = run(first, ok("OnSuccess", after("Do", "Succeeded")), ok("OnFailure", after("Do", "Failed")),
                    ok("Dummy", after("OnSuccess", "Skipped")));
            assertEquals(RunStatus.SUCCEEDED, r.status(), first + ": " + r.skippedActivities());
        }
    }

    @Test
    void completedRunsAfterSuccessAndFailureButNotAfterSkip() {
        PipelineRun afterFailure = run(fail("A", "[]"), ok("B", after("A", "Completed")));
        assertEquals(List.of("Succeeded"), statuses(afterFailure, "B"));
        assertEquals(RunStatus.SUCCEEDED, afterFailure.status());
        PipelineRun afterSkip = run(fail("A", "[]"), ok("B", after("A", "Succeeded")), ok("C", after("B", "Completed")));
        assertEquals(List.of("B", "C"), afterSkip.skippedActivities());
        assertEquals(RunStatus.FAILED, afterSkip.status());
    }

    @Test
    void severalDependenciesMeanAllAndSeveralConditionsMeanAny() {
        String join = "[{\"activity\": \"A\", \"dependencyConditions\": [\"Succeeded\"]}, {\"activity\": \"B\", \"dependencyConditions\": [\"Succeeded\"]}]";
        PipelineRun and = run(ok("A", "[]"), fail("B", "[]"), ok("C", join));
        assertEquals(List.of("C"), and.skippedActivities());
        PipelineRun any = run(fail("A", "[]"), ok("C", "[{\"activity\": \"A\", \"dependencyConditions\": [\"Succeeded\", \"Failed\"]}]"));
        assertEquals(List.of("Succeeded"), statuses(any, "C"));
    }

    @Test
    void independentActivitiesRunTogether() {
        RunWorld w = new RunWorld(tmp);
        w.clock.gather(3);
        PipelineRun r = w.pipeline("P", "[" + ok("A", "[]") + ", " + ok("B", "[]") + ", " + ok("C", "[]") + "]", "").run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status());
        assertEquals(3, w.clock.maxTogether());
    }

    @Test
    void inactiveActivitiesTakeTheirMarkedStatusWithoutRunning() {
        String inactiveFailed = "{\"name\": \"Off\", \"type\": \"Wait\", \"state\": \"Inactive\", \"onInactiveMarkAs\": \"Failed\", "
                + "\"dependsOn\": [], \"typeProperties\": {\"waitTimeInSeconds\": 600}}";
        RunWorld w = new RunWorld(tmp);
        PipelineRun r = w.pipeline("P", "[" + inactiveFailed + ", " + ok("Next", after("Off", "Failed")) + "]", "").run("P");
        assertEquals(List.of("Failed"), statuses(r, "Off"));
        assertEquals(List.of("Succeeded"), statuses(r, "Next"));
        assertEquals(RunStatus.SUCCEEDED, r.status());
        assertEquals(0, only(r, "Off").durationInMs());
        assertTrue(w.clock.elapsed().getSeconds() < 600, "the inactive Wait did not wait");
        String inactiveDefault = inactiveFailed.replace(", \"onInactiveMarkAs\": \"Failed\"", "");
        PipelineRun marked = new RunWorld(tmp).pipeline("P", "[" + inactiveDefault + ", " + ok("Next", after("Off", "Succeeded")) + "]", "").run("P");
        assertEquals(List.of("Succeeded"), statuses(marked, "Off"));
        assertEquals(List.of("Succeeded"), statuses(marked, "Next"));
    }
}
