package dev.pipewright.git;

import dev.pipewright.git.auth.Credentials;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publish writes a commit on the publish branch under the factory's folder, checked with the git command. */
class PublishBranchTest {
    @TempDir
    Path temp;
    private GitFixture fx;
    private Path bare;

    @BeforeEach
    void setUp() {
        fx = new GitFixture(temp);
        bare = fx.seededBare("factory.git");
    }

    private static Map<String, byte[]> output(String template) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ARMTemplateForFactory.json", template.getBytes(StandardCharsets.UTF_8));
        files.put("linkedTemplates/ArmTemplate_0.json", "{}".getBytes(StandardCharsets.UTF_8));
        return files;
    }

    @Test
    void publishCommitsToThePublishBranchAndPushesWithoutTouchingTheWorkingTree() {
        try (WorkingCopy wc = fx.cloneAs("alice", bare.toUri().toString(), Credentials.NONE)) {
            String headBefore = wc.head().commit();
            String statusBefore = git(wc.workTree(), "status", "--porcelain");

            PublishOutcome first = wc.publish("contoso-df", output("{\"v\": 1}"), null, TaskMonitor.NONE);

            assertEquals("adf_publish", first.branch());
            assertNotNull(first.commit());
            assertTrue(first.pushed());
            assertEquals(first.commit(), git(bare, "rev-parse", "adf_publish").trim(), "origin has it");
            assertEquals("contoso-df/ARMTemplateForFactory.json\ncontoso-df/linkedTemplates/ArmTemplate_0.json\n",
                    git(wc.workTree(), "ls-tree", "-r", "--name-only", "adf_publish"));
            assertEquals("{\"v\": 1}", git(wc.workTree(), "show", "adf_publish:contoso-df/ARMTemplateForFactory.json"));
            assertTrue(git(wc.workTree(), "log", "-1", "--format=%an %s", "adf_publish").startsWith("alice Publish contoso-df from main at "));
            assertEquals("main", wc.head().branch(), "the current branch stays");
            assertEquals(headBefore, wc.head().commit());
            assertEquals(statusBefore, git(wc.workTree(), "status", "--porcelain"), "working tree and index untouched");
            assertEquals("{\"v\": 1}", new String(wc.branchContent("adf_publish", "contoso-df/ARMTemplateForFactory.json").orElseThrow(), StandardCharsets.UTF_8));

            PublishOutcome same = wc.publish("contoso-df", output("{\"v\": 1}"), null, TaskMonitor.NONE);
            assertNull(same.commit(), "the same output is no commit");
            assertFalse(same.pushed());

            Map<String, byte[]> fewer = new LinkedHashMap<>();
            fewer.put("ARMTemplateForFactory.json", "{\"v\": 2}".getBytes(StandardCharsets.UTF_8));
            PublishOutcome second = wc.publish("contoso-df", fewer, null, TaskMonitor.NONE);
            assertEquals(first.commit(), git(wc.workTree(), "rev-parse", second.commit() + "^").trim(), "on top of the previous publish");
            assertEquals("contoso-df/ARMTemplateForFactory.json\n", git(wc.workTree(), "ls-tree", "-r", "--name-only", "adf_publish"),
                    "the factory's folder is replaced as a whole");
        }
    }

    @Test
    void anotherCloneBuildsOnOriginsPublishBranch() {
        String firstCommit;
        try (WorkingCopy alice = fx.cloneAs("alice", bare.toUri().toString(), Credentials.NONE)) {
            firstCommit = alice.publish("contoso-df", output("{\"v\": 1}"), null, TaskMonitor.NONE).commit();
        }
        try (WorkingCopy bob = fx.cloneAs("bob", bare.toUri().toString(), Credentials.NONE)) {
            PublishOutcome outcome = bob.publish("contoso-df", output("{\"v\": 3}"), null, TaskMonitor.NONE);
            assertEquals(firstCommit, git(bare, "rev-parse", "adf_publish^").trim(), "a fast-forward of origin's branch");
            assertEquals(outcome.commit(), git(bare, "rev-parse", "adf_publish").trim());
        }
    }

    @Test
    void aRepositoryWithoutOriginGetsTheCommitAndNoPush() throws Exception {
        Path work = temp.resolve("alone");
        git(temp, "init", "-q", "-b", "main", work.toString());
        git(work, "config", "user.name", "Dana");
        git(work, "config", "user.email", "dana@example.com");
        java.nio.file.Files.writeString(work.resolve("README.md"), "factory");
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "init");
        try (WorkingCopy wc = WorkingCopy.open(work, fx.store, fx.access(Credentials.NONE))) {
            PublishOutcome outcome = wc.publish("contoso-df", output("{\"v\": 1}"), null, TaskMonitor.NONE);
            assertNotNull(outcome.commit());
            assertFalse(outcome.pushed(), "no origin: nothing to push to, and no error");
            assertEquals(outcome.commit(), git(work, "rev-parse", "adf_publish").trim());
        }
    }
}
