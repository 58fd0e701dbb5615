package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipewright run}: exit statuses, the JSON record, fixtures, parameters and the run history across processes' lifetimes. */
class RunCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path REPO = Path.of(System.getProperty("pipewright.repo", "../.."));
    private static final String DEMO = REPO.resolve("demo-factory").toString();
    private static final String PROFILE = REPO.resolve("demo-env/local.json").toString();

    @TempDir
    Path tmp;

    private Path factory() throws Exception {
        Path root = tmp.resolve("factory");
        Files.createDirectories(root.resolve("pipeline"));
        Files.writeString(root.resolve("pipeline/PL_Loop.json"), """
                {"name": "PL_Loop", "properties": {
                  "parameters": {"n": {"type": "Int"}, "tag": {"type": "String", "defaultValue": "x"}},
                  "variables": {"seen": {"type": "Array"}},
                  "activities": [
                    {"name": "Loop", "type": "ForEach", "dependsOn": [], "typeProperties": {
                      "items": {"value": "@range(1, pipeline().parameters.n)", "type": "Expression"}, "isSequential": true,
                      "activities": [{"name": "Add", "type": "AppendVariable", "dependsOn": [],
                                      "typeProperties": {"variableName": "seen", "value": "@concat(pipeline().parameters.tag, item())"}}]}},
                    {"name": "Check", "type": "IfCondition", "dependsOn": [{"activity": "Loop", "dependencyConditions": ["Succeeded"]}],
                     "typeProperties": {"expression": {"value": "@greater(length(variables('seen')), 2)", "type": "Expression"},
                       "ifTrueActivities": [{"name": "TooMany", "type": "Fail", "dependsOn": [],
                                             "typeProperties": {"message": "@{length(variables('seen'))} items", "errorCode": "TOO_MANY"}}]}}
                  ]}}""");
        return root;
    }

    @Test
    void runPrintsAdfShapedRecordsAndExitsByStatus() throws Exception {
        String root = factory().toString();
        String runs = tmp.resolve("runs.db").toString();
        CliRun green = CliRun.of("run", root, "PL_Loop", "--param", "n=2", "--runs", runs, "--format", "json");
        assertEquals(0, green.exitCode(), green.out() + green.err());
        JsonNode r = JSON.readTree(green.out());
        assertEquals("PL_Loop", r.get("pipelineName").asText());
        assertEquals("Succeeded", r.get("status").asText());
        assertTrue(r.get("durationInMs").isIntegralNumber());
        assertEquals(0.005, r.get("estimatedCostBeforeRun").asDouble(), 1e-9, "the run and four activities, once each");
        assertEquals(0.005, r.get("estimatedCost").asDouble(), 1e-9, "the run, Loop, Add twice and Check ran; TooMany did not");
        assertEquals(4, r.get("activityRuns").size(), "Loop, two iterations of Add, Check: " + r.get("activityRuns"));
        JsonNode add = r.get("activityRuns").get(1);
        assertEquals("Add", add.get("activityName").asText());
        assertEquals("AppendVariable", add.get("activityType").asText());
        assertEquals("{\"variableName\":\"seen\",\"value\":\"x1\"}", add.get("input").toString());
        assertEquals("", add.get("error").get("message").asText());
        CliRun red = CliRun.of("run", root, "PL_Loop", "--param", "n=3", "--param", "tag=t", "--runs", runs);
        assertEquals(1, red.exitCode(), red.out() + red.err());
        List<String> lines = red.out().lines().toList();
        assertEquals("Before the run: ADF would bill at least $0.0050 (each activity once, one billed minute each)", lines.get(0));
        assertTrue(lines.get(1).startsWith("Pipeline PL_Loop run "), red.out());
        assertTrue(red.out().contains("Failed     Check(True)/TooMany  Fail"), red.out());
        assertTrue(red.out().contains("TOO_MANY: 3 items"), red.out());
        CliRun missing = CliRun.of("run", root, "PL_Loop", "--runs", runs);
        assertEquals(2, missing.exitCode());
        assertEquals("pipewright: error PW970 the run cannot start: parameter 'n' (Int) has no default value and was not given: pass --param n=<value>",
                missing.err().strip());
        CliRun typed = CliRun.of("run", root, "PL_Loop", "--param", "n=two", "--runs", runs);
        assertEquals(2, typed.exitCode());
        assertTrue(typed.err().contains("parameter 'n' is Int, and 'two' is not an integer"), typed.err());
        assertEquals(2, CliRun.of("run", root, "PL_Nope", "--runs", runs).exitCode());
        CliRun timeout = CliRun.of("run", root, "PL_Loop", "--param", "n=1", "--timeout", "5", "--runs", runs);
        assertEquals(2, timeout.exitCode());
        assertEquals("pipewright: --timeout does not apply to runs: each activity's policy.timeout limits it (docs/runs.md)", timeout.err().strip());

        CliRun history = CliRun.of("runs", root, "--runs", runs, "--format", "json");
        assertEquals(0, history.exitCode(), history.err());
        JsonNode list = JSON.readTree(history.out()).get("runs");
        assertEquals(2, list.size());
        assertEquals("Failed", list.get(0).get("status").asText(), "newest first");
        CliRun one = CliRun.of("runs", root, "--runs", runs, "--run", r.get("runId").asText(), "--format", "json");
        assertEquals(r.get("activityRuns"), JSON.readTree(one.out()).get("activityRuns"));
    }

    @Test
    void aDemoNotebookFailsAsNotRunnableHereUnlessTheFixtureGivesItsOutput() throws Exception {
        String runs = tmp.resolve("runs.db").toString();
        CliRun notHere = CliRun.of("run", DEMO, "PL_Forecast_Demand", "--env", PROFILE, "--runs", runs, "--format", "json");
        assertEquals(1, notHere.exitCode(), notHere.err());
        JsonNode nb = JSON.readTree(notHere.out()).get("activityRuns").get(0);
        assertEquals("PW971", nb.get("error").get("errorCode").asText());
        assertEquals("AutoResolveIntegrationRuntime (East US)", nb.get("effectiveIntegrationRuntime").asText());
        assertEquals("2026-11-24", nb.get("input").get("baseParameters").get("run_date").asText());
        Path fixture = tmp.resolve("fixture.json");
        Files.writeString(fixture, "{\"NB_ForecastDemand\": {\"output\": {\"runOutput\": {\"rows\": 1200}}, \"durationInMs\": 300000}}");
        CliRun faked = CliRun.of("run", DEMO, "PL_Forecast_Demand", "--env", PROFILE, "--fixture", fixture.toString(), "--runs", runs,
                "--format", "json", "--param", "runDate=2026-12-01");
        assertEquals(0, faked.exitCode(), faked.out() + faked.err());
        JsonNode ok = JSON.readTree(faked.out());
        assertEquals(1200, ok.get("activityRuns").get(0).get("output").get("runOutput").get("rows").asInt());
        assertEquals(0.001 + 0.001 + 5 / 60.0 * 0.00025, ok.get("estimatedCost").asDouble(), 1e-6);
        Files.writeString(fixture, "[1]");
        CliRun bad = CliRun.of("run", DEMO, "PL_Forecast_Demand", "--fixture", fixture.toString(), "--runs", runs);
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("must be an object of outcomes by activity name"), bad.err());
    }
}
