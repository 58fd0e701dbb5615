package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CliTest {
    @TempDir
    Path root;

    @BeforeEach
    void factory() throws Exception {
        Files.createDirectories(root.resolve("pipeline"));
        Files.writeString(root.resolve("pipeline/Load.json"),
                "{\n    \"name\": \"Load\",\n    \"properties\": {\n        \"activities\": [ ]\n    }\n}\n");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] args : new String[][]{{"--help"}, {"validate", "--help"}, {"export", "--help"}, {"help", "validate"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode(), String.join(" ", args));
            assertTrue(run.out().contains("Usage:"), run.out());
        }
        assertTrue(CliRun.of("validate", "--help").out().contains("--format"));
        assertTrue(CliRun.of("export", "--help").out().contains("--out"));
    }

    @Test
    void studioIsACommandWithItsOwnHelp() {
        CliRun top = CliRun.of("--help");
        assertTrue(top.out().lines().anyMatch(l -> l.trim().startsWith("studio ")), top.out());
        for (String[] args : new String[][]{{"studio", "--help"}, {"studio", "-h"}, {"help", "studio"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(0, run.exitCode(), String.join(" ", args));
            assertTrue(run.out().contains("Usage: pipewright studio"), run.out());
            assertTrue(run.out().contains("--env"), run.out());
        }
        // the command line's tests have no studio on their class path: it says so instead of failing obscurely
        CliRun open = CliRun.of("studio", root.toString());
        assertEquals(2, open.exitCode());
        assertTrue(open.err().contains("the studio is not installed"), open.err());
    }

    @Test
    void validateExitsZeroOnACleanFactory() {
        CliRun run = CliRun.of("validate", root.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("0 errors, 0 warnings in 1 resources"), run.out());
    }

    @Test
    void validateExitsOneWhenErrorsAreFoundAndPrintsThemWithPositions() throws Exception {
        Files.writeString(root.resolve("pipeline/Broken.json"), "{\n  \"name\": \"Broken\",\n  \"properties\": {,}\n}");
        CliRun run = CliRun.of("validate", root.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("pipeline/Broken.json:3:18: error PW101"), run.out());
    }

    @Test
    void validateJsonListsProblemsWithAllFields() throws Exception {
        Files.writeString(root.resolve("pipeline/Other.json"), "{\"name\": \"Different\", \"properties\": {}}");
        CliRun run = CliRun.of("validate", root.toString(), "--format", "json");
        assertEquals(1, run.exitCode());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals(1, doc.get("errors").intValue());
        JsonNode problem = doc.get("problems").get(0);
        assertEquals("error", problem.get("severity").textValue());
        assertEquals("PW107", problem.get("code").textValue());
        assertEquals("pipeline/Different", problem.get("resource").textValue());
        assertEquals("pipeline/Other.json", problem.get("file").textValue());
        assertEquals(1, problem.get("line").intValue());
        assertTrue(problem.get("column").intValue() > 0);
        assertFalse(problem.get("message").textValue().isEmpty());
        assertFalse(problem.get("hint").textValue().isEmpty());
    }

    @Test
    void couldNotRunExitsTwo() {
        CliRun missing = CliRun.of("validate", root.resolve("nope").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such folder"), missing.err());
        assertEquals(2, CliRun.of("validate", root.toString(), "--format", "xml").exitCode());
        assertEquals(2, CliRun.of("export", root.toString()).exitCode(), "--out is required");
        CliRun same = CliRun.of("export", root.toString(), "--out", root.toString());
        assertEquals(2, same.exitCode());
        assertTrue(same.err().contains("choose another folder"), same.err());
    }

    @Test
    void exportWritesAdfFormatAndLeavesTheSourceAlone(@TempDir Path out) throws Exception {
        String before = Files.readString(root.resolve("pipeline/Load.json"));
        CliRun run = CliRun.of("export", root.toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Exported 1 files"), run.out());
        assertEquals("{\n\t\"name\": \"Load\",\n\t\"properties\": {\n\t\t\"activities\": []\n\t}\n}",
                Files.readString(out.resolve("pipeline/Load.json")));
        assertEquals(before, Files.readString(root.resolve("pipeline/Load.json")));
    }

    @Test
    void exportReportsFilesItCouldNotRead(@TempDir Path out) throws Exception {
        Files.writeString(root.resolve("pipeline/Broken.json"), "{");
        CliRun run = CliRun.of("export", root.toString(), "--out", out.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Not exported (could not be read): pipeline/Broken.json"), run.err());
        assertTrue(Files.exists(out.resolve("pipeline/Load.json")));
        assertFalse(Files.exists(out.resolve("pipeline/Broken.json")));
    }
}
