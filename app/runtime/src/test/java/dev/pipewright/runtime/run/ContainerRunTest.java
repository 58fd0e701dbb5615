package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static dev.pipewright.runtime.run.RunWorld.act;
import static dev.pipewright.runtime.run.RunWorld.after;
import static dev.pipewright.runtime.run.RunWorld.fail;
import static dev.pipewright.runtime.run.RunWorld.ok;
import static dev.pipewright.runtime.run.RunWorld.only;
import static dev.pipewright.runtime.run.RunWorld.runs;
import static dev.pipewright.runtime.run.RunWorld.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ForEach, IfCondition, Switch, Until, Filter and variables, run as ADF runs them. */
class ContainerRunTest {
    @TempDir
    Path tmp;

    private static String forEach(String items, String more, String... inner) {
        return act("Loop", "ForEach", "{\"items\": {\"value\": \"" + items + "\", \"type\": \"Expression\"}" + more
                + ", \"activities\": [" + String.join(", ", inner) + "]}", "[]");
    }

    private static final String VARIABLES = "\"variables\": {\"seen\": {\"type\": \"Array\"}, \"last\": {\"type\": \"String\"}}";

    @Test
    void forEachRunsEachIterationInItsOwnScopeWithOneActivityRunPerIteration() {
        String append = act("Add", "AppendVariable", "{\"variableName\": \"seen\", \"value\": \"@concat(item(), '!')\"}", "[]");
        String set = act("Set", "SetVariable", "{\"variableName\": \"last\", \"value\": \"@{activity('Add').Status}:@{item()}\"}", after("Add", "Succeeded"));
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + forEach("@createArray('a', 'b', 'c')", ", \"isSequential\": true", append, set) + "]", VARIABLES);
        PipelineRun r = w.run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        assertEquals(3, runs(r, "Add").size());
        assertEquals(List.of("Loop[0]", "Loop[1]", "Loop[2]"), runs(r, "Set").stream().map(ActivityRun::scope).toList());
        assertEquals("{\"name\":\"last\",\"value\":\"Succeeded:c\"}", runs(r, "Set").get(2).output().toString());
        assertEquals("Loop", r.activityRuns().get(0).activityName(), "the container starts first");
        PipelineRun seen = w.pipeline("Q", "[" + forEach("@createArray('a', 'b', 'c')", ", \"isSequential\": true", append)
                + ", " + act("Show", "SetVariable", "{\"variableName\": \"last\", \"value\": \"@join(variables('seen'), ',')\"}", after("Loop", "Succeeded"))
                + "]", VARIABLES).run("Q");
        assertEquals("a!,b!,c!", only(seen, "Show").output().get("value").asText());
    }

    @Test
    void batchCountBoundsHowManyIterationsRunTogether() {
        String wait = ok("W", "[]");
        RunWorld parallel = new RunWorld(tmp).pipeline("P", "[" + forEach("@range(0, 6)", ", \"batchCount\": 3", wait) + "]", "");
        parallel.clock.gather(3);
        assertEquals(RunStatus.SUCCEEDED, parallel.run("P").status());
        assertEquals(3, parallel.clock.maxTogether());
        RunWorld sequential = new RunWorld(tmp).pipeline("S", "[" + forEach("@range(0, 4)", ", \"isSequential\": true, \"batchCount\": 3", wait) + "]", "");
        sequential.run("S");
        assertEquals(1, sequential.clock.maxTogether());
    }

    @Test
    void aFailedIterationFailsTheForEachButTheOthersStillRun() {
        String maybe = act("Check", "IfCondition", "{\"expression\": {\"value\": \"@equals(item(), 2)\", \"type\": \"Expression\"}, "
                + "\"ifTrueActivities\": [" + fail("Boom", "[]") + "], \"ifFalseActivities\": [" + ok("Fine", "[]") + "]}", "[]");
        PipelineRun r = new RunWorld(tmp).pipeline("P", "[" + forEach("@range(1, 3)", "", maybe) + "]", "").run("P");
        assertEquals(RunStatus.FAILED, r.status());
        assertEquals(2, runs(r, "Fine").size());
        assertEquals(List.of("Failed"), statuses(r, "Boom"));
        assertEquals("Loop[1]/Check(True)", only(r, "Boom").scope());
        assertEquals(new RunError("PW978", "Activity failed because an inner activity failed", "UserError", "Loop"), only(r, "Loop").error());
    }

    @Test
    void switchPicksTheCaseOrTheDefault() {
        String sw = act("Route", "Switch", "{\"on\": {\"value\": \"@pipeline().parameters.region\", \"type\": \"Expression\"}, "
                + "\"cases\": [{\"value\": \"EU\", \"activities\": [" + ok("Eu", "[]") + "]}, {\"value\": \"US\", \"activities\": [" + ok("Us", "[]") + "]}], "
                + "\"defaultActivities\": [" + ok("Other", "[]") + "]}", "[]");
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + sw + "]", "\"parameters\": {\"region\": {\"type\": \"String\"}}");
        assertEquals(List.of("Succeeded"), statuses(w.run("P", "region=US"), "Us"));
        PipelineRun other = w.run("P", "region=APAC");
        assertEquals(List.of("Succeeded"), statuses(other, "Other"));
        assertTrue(runs(other, "Eu").isEmpty());
    }

    @Test
    void untilRepeatsUntilItsExpressionHoldsAndTimesOut() {
        String body = act("Count", "AppendVariable", "{\"variableName\": \"seen\", \"value\": \"x\"}", "[]");
        String wait = act("Pause", "Wait", "{\"waitTimeInSeconds\": 60}", after("Count", "Succeeded"));
        String until = act("Loop", "Until", "{\"expression\": {\"value\": \"@equals(length(variables('seen')), 3)\", \"type\": \"Expression\"}, "
                + "\"timeout\": \"0.00:10:00\", \"activities\": [" + body + ", " + wait + "]}", "[]");
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + until + "]", VARIABLES);
        PipelineRun r = w.run("P");
        assertEquals(RunStatus.SUCCEEDED, r.status(), r.message());
        assertEquals(3, runs(r, "Count").size());
        assertEquals(Duration.ofMinutes(3), w.clock.elapsed());
        String forever = until.replace("@equals(length(variables('seen')), 3)", "@equals(1, 2)");
        RunWorld slow = new RunWorld(tmp).pipeline("Q", "[" + forever + "]", VARIABLES);
        PipelineRun timedOut = slow.run("Q");
        assertEquals(RunStatus.FAILED, timedOut.status());
        assertEquals("PW972", only(timedOut, "Loop").error().errorCode());
        assertEquals(10, runs(timedOut, "Pause").size(), "ten one-minute iterations fill the ten-minute timeout");
    }

    @Test
    void filterGivesValueAndCounts() {
        String filter = act("Csv", "Filter", "{\"items\": \"@createArray('a.csv', 'b.txt', 'c.CSV')\", "
                + "\"condition\": \"@endsWith(item(), '.csv')\"}", "[]");
        PipelineRun r = new RunWorld(tmp).pipeline("P", "[" + filter + "]", "").run("P");
        JsonNode out = only(r, "Csv").output();
        assertEquals("{\"ItemsCount\":3,\"FilteredItemsCount\":2,\"Value\":[\"a.csv\",\"c.CSV\"]}", out.toString());
    }

    @Test
    void setVariableChecksTheDeclaredType() {
        String set = act("Set", "SetVariable", "{\"variableName\": \"last\", \"value\": \"@add(1, 2)\"}", "[]");
        PipelineRun r = new RunWorld(tmp).pipeline("P", "[" + set + "]", VARIABLES).run("P");
        assertEquals(RunStatus.FAILED, r.status());
        RunError e = only(r, "Set").error();
        assertEquals("InvalidTemplate", e.errorCode());
        assertTrue(e.message().endsWith("The variable 'last' of type 'String' cannot be initialized or updated with value of type 'Integer'. "
                + "The variable 'last' only supports values of types 'String'."), e.message());
        String undeclared = act("Set", "SetVariable", "{\"variableName\": \"nope\", \"value\": \"x\"}", "[]");
        RunError missing = only(new RunWorld(tmp).pipeline("Q", "[" + undeclared + "]", VARIABLES).run("Q"), "Set").error();
        assertTrue(missing.message().contains("the pipeline has no variable 'nope'; its variables are seen, last"), missing.message());
    }

    @Test
    void aThousandIterationsOfSetAndAppendVariableRunQuickly() {
        String append = act("Add", "AppendVariable", "{\"variableName\": \"seen\", \"value\": \"@string(item())\"}", "[]");
        String set = act("Set", "SetVariable", "{\"variableName\": \"last\", \"value\": \"@string(item())\"}", after("Add", "Succeeded"));
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + forEach("@range(0, 1000)", ", \"batchCount\": 20", append, set) + "]", VARIABLES);
        long start = System.nanoTime();
        PipelineRun r = w.run("P");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(RunStatus.SUCCEEDED, r.status());
        assertEquals(2001, r.activityRuns().size());
        System.out.printf("1,000-iteration ForEach of Append + Set Variable: %.2f s%n", seconds);
        assertTrue(seconds < 10, "took " + seconds + " s");
    }
}
