package dev.pipewright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.git.testing.GitCli;
import dev.pipewright.git.testing.SampleFactory;
import dev.pipewright.git.testing.TestRepositories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipewright diff} on a repository made with the real git: working tree, revisions, text and JSON, exit codes. */
class DiffCliTest {
    @TempDir
    Path temp;
    private Path work;
    private Path root;

    @BeforeEach
    void setUp() {
        work = temp.resolve("repo");
        git(temp, "init", "-q", "-b", "main", work.toString());
        SampleFactory.files("adf/").forEach((path, content) -> TestRepositories.write(work.resolve(path), content));
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Initial");
        root = work.resolve("adf");
    }

    @Test
    void noChangesIsExitZero() {
        CliRun run = CliRun.of("diff", root.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.out());
    }

    @Test
    void workingTreeAgainstHeadOneLinePerResource() throws Exception {
        TestRepositories.write(root.resolve(SampleFactory.PIPELINE), SampleFactory.pipeline("0.02:00:00", "Wait_2"));
        TestRepositories.write(root.resolve("dataset/DS_New.json"), SampleFactory.dataset("DS_New").replace("DelimitedText", "Json"));
        Files.delete(root.resolve("dataset/DS_Sink.json"));
        TestRepositories.write(root.resolve("README.md"), "not a resource");
        CliRun run = CliRun.of("diff", root.toString());
        assertEquals(1, run.exitCode(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertTrue(lines[0].startsWith("modified pipeline/PL_Sales: "), lines[0]);
        assertTrue(lines[0].contains("0.02:00:00") && lines[0].contains("Wait_2"), lines[0]);
        assertEquals("added dataset/DS_New", lines[1]);
        assertEquals("deleted dataset/DS_Sink", lines[2]);
    }

    @Test
    void betweenRevisionsAsJson() throws Exception {
        TestRepositories.write(root.resolve(SampleFactory.PIPELINE), SampleFactory.pipeline("0.02:00:00", ""));
        git(work, "mv", "adf/dataset/DS_Sink.json", "adf/dataset/DS_Target.json");
        TestRepositories.write(root.resolve("dataset/DS_Target.json"), SampleFactory.dataset("DS_Target"));
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Second");
        TestRepositories.write(root.resolve("README.md"), "notes");
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Notes");
        CliRun run = CliRun.of("diff", root.toString(), "--from", "HEAD~2", "--to", "HEAD", "--format", "json");
        assertEquals(1, run.exitCode(), run.err());
        JsonNode changes = new ObjectMapper().readTree(run.out()).get("changes");
        assertEquals(2, changes.size(), run.out());
        assertEquals("pipeline", changes.get(0).get("kind").asText());
        assertEquals("modified", changes.get(0).get("change").asText());
        assertTrue(changes.get(0).get("details").toString().contains("0.02:00:00"));
        assertEquals("dataset", changes.get(1).get("kind").asText());
        assertEquals("renamed", changes.get(1).get("change").asText());
        assertEquals("DS_Target", changes.get(1).get("name").asText());
        assertEquals("DS_Sink", changes.get(1).get("oldName").asText());
        assertEquals(0, CliRun.of("diff", root.toString(), "--from", "HEAD").exitCode(), "the working tree is HEAD");
    }

    @Test
    void couldNotRun() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        CliRun outside = CliRun.of("diff", plain.toString());
        assertEquals(2, outside.exitCode());
        assertTrue(outside.err().contains("PW920"), outside.err());
        CliRun badRev = CliRun.of("diff", root.toString(), "--from", "no-such-branch");
        assertEquals(2, badRev.exitCode());
        assertTrue(badRev.err().contains("no-such-branch"), badRev.err());
        GitCli.git(work, "status");
    }
}
