package dev.pipewright.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriggerTimesCliTest {
    private static final String DEMO = Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory").toString();

    @Test
    void listsTheNextFireTimesOfTheDemoTriggers() {
        CliRun run = CliRun.of("trigger-times", DEMO, "--from", "2026-03-10T07:00:00Z", "--count", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("TR_Daily_0600 (ScheduleTrigger, Started)\n  Wed 2026-03-11 06:00 UTC\n  Thu 2026-03-12 06:00 UTC\n"), run.out());
        assertTrue(run.out().contains("TR_Hourly_Suppliers (TumblingWindowTrigger, Stopped)\n  Tue 2026-03-10 07:05 UTC · window Tue 2026-03-10 06:00 – 07:00\n"),
                run.out());
    }

    @Test
    void jsonAndWhatCannotRun() {
        CliRun json = CliRun.of("trigger-times", DEMO, "TR_Daily_0600", "--from", "2026-03-10T07:00:00Z", "--count", "1", "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.out().contains("\"fireTimes\" : [ \"2026-03-11T06:00Z\" ]"), json.out());
        assertEquals(2, CliRun.of("trigger-times", DEMO, "TR_Nowhere").exitCode());
        assertEquals(2, CliRun.of("trigger-times", DEMO, "--from", "yesterday").exitCode());
    }
}
