package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.runtime.secrets.SqliteFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import static dev.pipewright.runtime.run.RunWorld.act;
import static dev.pipewright.runtime.run.RunWorld.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The run history in SQLite: kept across store instances, child runs as their own rows, stale runs cancelled. */
class RunStoreTest {
    @TempDir
    Path tmp;

    @Test
    void runsAndTheirActivityRunsSurviveReopening() {
        Path file = tmp.resolve("runs.db");
        String call = act("Call", "ExecutePipeline", "{\"pipeline\": {\"referenceName\": \"Child\", \"type\": \"PipelineReference\"}, \"waitOnCompletion\": true}", "[]");
        RunWorld w = new RunWorld(tmp).pipeline("Child", "[" + ok("W", "[]") + "]", "").pipeline("Parent", "[" + call + "]", "");
        PipelineRun run;
        try (RunStore store = RunStore.open(file, "factory-a")) {
            w.listener = store;
            run = w.run("Parent");
        }
        try (RunStore reopened = RunStore.open(file, "factory-a")) {
            List<JsonNode> list = reopened.list(10);
            assertEquals(2, list.size());
            assertEquals(List.of("Succeeded", "Succeeded"), list.stream().map(r -> r.get("status").asText()).toList());
            JsonNode parent = reopened.get(run.runId()).orElseThrow();
            assertEquals(RunJson.pipelineRun(run).get("activityRuns").toString(), parent.get("activityRuns").toString());
            JsonNode child = reopened.get(run.childRuns().get(0).runId()).orElseThrow();
            assertEquals("W", child.get("activityRuns").get(0).get("activityName").asText());
            assertEquals(run.runId(), child.get("invokedBy").get("pipelineRunId").asText());
        }
        try (RunStore other = RunStore.open(file, "factory-b")) {
            assertTrue(other.list(10).isEmpty(), "runs are kept per factory");
        }
    }

    @Test
    void aRunLeftInProgressByAProcessThatIsGoneIsCancelled() throws Exception {
        Path file = tmp.resolve("runs.db");
        RunWorld w = new RunWorld(tmp).pipeline("P", "[" + ok("W", "[]") + "]", "");
        String runId;
        try (RunStore store = RunStore.open(file, "f")) {
            RunListener onlyStart = new RunListener() {
                @Override
                public void started(PipelineRun run) {
                    store.started(run);
                }
            };
            w.listener = onlyStart;
            runId = w.run("P").runId();
            assertEquals("InProgress", store.get(runId).orElseThrow().get("status").asText(), "this process still runs: left alone");
        }
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        try (Connection c = SqliteFile.open(file); PreparedStatement st = c.prepareStatement("UPDATE pipeline_run SET pid = ?")) {
            st.setLong(1, gone.pid());
            st.executeUpdate();
        }
        try (RunStore reopened = RunStore.open(file, "f")) {
            JsonNode r = reopened.get(runId).orElseThrow();
            assertEquals("Cancelled", r.get("status").asText());
            assertEquals("Pipewright stopped before the run ended", r.get("message").asText());
        }
    }
}
