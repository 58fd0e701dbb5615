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
