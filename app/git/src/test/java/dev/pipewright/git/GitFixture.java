package dev.pipewright.git;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.git.auth.Credentials;
import dev.pipewright.git.testing.GitCli;
import dev.pipewright.git.testing.SampleFactory;
import dev.pipewright.git.testing.TestRepositories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A temp workspace for source-control tests: a settings store, Pipewright's ssh folder and known_hosts, clones. */
final class GitFixture {
    final Path dir;
    final GitSettingsStore store = GitSettingsStore.inMemory();

    GitFixture(Path dir) {
        this.dir = dir;
    }

    RemoteAccess access(Credentials credentials) {
        return RemoteAccess.in(dir.resolve("workspace"), credentials);
    }

    /** A bare repository holding the sample factory under adf/ on main. */
    Path seededBare(String name) {
        Path bare = TestRepositories.bare(dir, name);
        TestRepositories.commit(bare, "main", "Initial factory", SampleFactory.files("adf/"));
        return bare;
    }

    WorkingCopy cloneAs(String who, String url, Credentials credentials) {
        WorkingCopy wc = WorkingCopy.clone(url, null, dir.resolve(who), store, access(credentials), TaskMonitor.NONE);
        wc.rememberIdentity(who, who + "@example.com");
        return wc;
    }

    static void write(WorkingCopy wc, String path, String content) {
        TestRepositories.write(wc.workTree().resolve(path), content);
    }

    static String read(WorkingCopy wc, String path) {
        try {
            return Files.readString(wc.workTree().resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The activity names of the pipeline file in the working tree. */
    static List<String> activities(WorkingCopy wc, String path) {
        try {
            JsonNode root = new ObjectMapper().readTree(read(wc, path));
            List<String> names = new ArrayList<>();
            root.path("properties").path("activities").forEach(a -> names.add(a.path("name").asText()));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** git fsck finds nothing, and git status sees no change: what JGit wrote is what git expects. */
    static void assertGitAgrees(WorkingCopy wc) {
        GitCli.git(wc.workTree(), "fsck", "--strict", "--no-progress");
        assertEquals("", GitCli.git(wc.workTree(), "status", "--porcelain"), "git status after the operation");
    }

    /**
     * Two clones each add an activity to PL_Sales: the first pushes, the second's push is refused (the remote
     * unchanged), its pull merges both as JSON and its push goes through; the first then fast-forwards.
     */
    void assertTwoPeopleCycle(Path bare, WorkingCopy alice, WorkingCopy bob) {
        String pipeline = "adf/" + SampleFactory.PIPELINE;
        write(alice, pipeline, SampleFactory.pipeline("7.00:00:00", "Wait_Alice"));
        alice.commit("Alice adds a wait", null, null);
        alice.push(TaskMonitor.NONE);
        assertEquals(alice.head().commit(), GitCli.git(bare, "rev-parse", "main").trim());
        write(bob, pipeline, SampleFactory.pipeline("7.00:00:00", "Wait_Bob"));
        bob.commit("Bob adds a wait", null, null);
        problem(dev.pipewright.core.problem.ProblemCode.GIT_PUSH_REJECTED, () -> bob.push(TaskMonitor.NONE));
        assertEquals(alice.head().commit(), GitCli.git(bare, "rev-parse", "main").trim(), "the refused push changed nothing");
        PullOutcome pulled = bob.pull(null, TaskMonitor.NONE);
        assertEquals(PullOutcome.Kind.MERGED, pulled.kind(), pulled.toString());
        assertEquals(List.of(pipeline), pulled.merged());
        List<String> names = activities(bob, pipeline);
        assertEquals(4, names.size(), names.toString());
        assertTrue(names.containsAll(List.of("Wait_1", "CP_Sales", "Wait_Bob", "Wait_Alice")), names.toString());
        assertEquals(2, GitCli.git(bob.workTree(), "log", "-1", "--format=%p").trim().split(" ").length, "a merge commit");
        assertGitAgrees(bob);
        bob.push(TaskMonitor.NONE);
        assertEquals(PullOutcome.Kind.FAST_FORWARD, alice.pull(null, TaskMonitor.NONE).kind());
        assertEquals(bob.head().commit(), alice.head().commit());
        assertEquals(bob.head().commit(), GitCli.git(bare, "rev-parse", "main").trim());
        assertEquals(PullOutcome.Kind.UP_TO_DATE, alice.pull(null, TaskMonitor.NONE).kind());
    }

    /** The problem thrown, asserting its code. */
    static GitProblemException problem(dev.pipewright.core.problem.ProblemCode code, Runnable action) {
        GitProblemException e = assertThrows(GitProblemException.class, action::run);
        assertEquals(code.code(), e.code(), e.problem().toString());
        assertTrue(!e.problem().hint().isEmpty(), "a problem says what to do: " + e.problem());
        return e;
    }

    static <T> T quietly(Supplier<T> s) {
        return s.get();
    }
}
