package dev.pipewright.git;

import dev.pipewright.core.diff.ChangeKind;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.auth.Credentials;
import dev.pipewright.git.testing.GitCli;
import dev.pipewright.git.testing.SampleFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pipewright.git.GitFixture.activities;
import static dev.pipewright.git.GitFixture.assertGitAgrees;
import static dev.pipewright.git.GitFixture.problem;
import static dev.pipewright.git.GitFixture.read;
import static dev.pipewright.git.GitFixture.write;
import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole cycle against a bare repository on disk (file://), checked by the real git. */
class LocalRemoteTest {
    private static final String PIPELINE = "adf/" + SampleFactory.PIPELINE;
    @TempDir
    Path temp;
    private GitFixture fx;
    private Path bare;
    private String url;

    @BeforeEach
    void setUp() {
        fx = new GitFixture(temp);
        bare = fx.seededBare("factory.git");
        url = bare.toUri().toString();
    }

    @Test
    void cloneFindsTheSettingsAndStatusListsChangedResources() {
        try (WorkingCopy wc = fx.cloneAs("alice", url, Credentials.NONE)) {
            assertEquals(new GitSettings("main", "adf_publish", "adf"), wc.settings());
            assertEquals(wc.workTree().resolve("adf"), wc.factoryRoot());
            assertEquals("main", wc.head().branch());
            assertTrue(wc.status(TaskMonitor.NONE).isEmpty());

            write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
            write(wc, "adf/dataset/DS_New.json", SampleFactory.dataset("DS_New"));
            write(wc, "adf/README.md", "notes");
            Changes changes = wc.status(TaskMonitor.NONE);
            assertEquals(2, changes.resources().size(), changes.toString());
            Changes.ChangedResource pipeline = changes.of(ChangeKind.MODIFIED).get(0);
            assertEquals("PL_Sales", pipeline.change().name());
            assertEquals(PIPELINE, pipeline.path());
            assertTrue(String.join("\n", pipeline.change().details()).contains("0.02:00:00"), pipeline.change().details().toString());
            assertEquals("adf/dataset/DS_New.json", changes.of(ChangeKind.ADDED).get(0).path());
            assertEquals(List.of("adf/README.md"), changes.otherFiles());

            String first = wc.commit("Shorter copy timeout", pipeline.paths(), null).orElseThrow();
            assertEquals(first, git(wc.workTree(), "rev-parse", "HEAD").trim());
            assertEquals("alice Shorter copy timeout\n", git(wc.workTree(), "log", "-1", "--format=%an %s"));
            assertEquals("?? adf/README.md\n?? adf/dataset/DS_New.json\n", git(wc.workTree(), "status", "--porcelain"));
            assertEquals(1, wc.status(TaskMonitor.NONE).resources().size());

            wc.commit("Add DS_New and notes", null, null).orElseThrow();
            assertGitAgrees(wc);
            assertTrue(wc.status(TaskMonitor.NONE).isEmpty());
            assertTrue(wc.commit("Nothing", null, null).isEmpty(), "nothing left to commit");

            PushOutcome pushed = wc.push(TaskMonitor.NONE);
            assertFalse(pushed.upToDate());
            assertEquals(wc.head().commit(), git(bare, "rev-parse", "main").trim());
            assertTrue(wc.push(TaskMonitor.NONE).upToDate());
        }
    }

    @Test
    void deletedAndRenamedResourcesAreResourceChanges() throws Exception {
        fx.cloneAs("alice", url, Credentials.NONE).close();
        // opened again from a folder inside the working copy: the same repository and settings
        try (WorkingCopy wc = WorkingCopy.open(temp.resolve("alice/adf/pipeline"), fx.store, fx.access(Credentials.NONE))) {
            assertEquals("adf", wc.settings().rootFolder());
            String blob = read(wc, "adf/linkedService/LS_Blob.json");
            Files.delete(wc.workTree().resolve("adf/dataset/DS_Sink.json"));
            Files.delete(wc.workTree().resolve("adf/linkedService/LS_Blob.json"));
            write(wc, "adf/linkedService/LS_Lake.json", blob.replace("LS_Blob", "LS_Lake"));
            Changes changes = wc.status(TaskMonitor.NONE);
            assertEquals("DS_Sink", changes.of(ChangeKind.DELETED).get(0).change().name());
            assertEquals("adf/dataset/DS_Sink.json", changes.of(ChangeKind.DELETED).get(0).path());
            Changes.ChangedResource renamed = changes.of(ChangeKind.RENAMED).get(0);
            assertEquals("LS_Lake", renamed.change().name());
            assertEquals("LS_Blob", renamed.change().oldName());
            assertEquals(List.of("adf/linkedService/LS_Blob.json", "adf/linkedService/LS_Lake.json"), renamed.paths());
            wc.commit("Rename LS_Blob, drop DS_Sink", null, null);
            assertGitAgrees(wc);
            assertEquals("D\tadf/dataset/DS_Sink.json\nD\tadf/linkedService/LS_Blob.json\nA\tadf/linkedService/LS_Lake.json\n",
                    git(wc.workTree(), "show", "--name-status", "--format=", "--no-renames", "HEAD"));
        }
    }

    @Test
    void formattingOnlyChangeIsNoResourceChange() {
        try (WorkingCopy wc = fx.cloneAs("alice", url, Credentials.NONE)) {
            write(wc, PIPELINE, read(wc, PIPELINE).replace("\t", "  "));
            Changes changes = wc.status(TaskMonitor.NONE);
            assertTrue(changes.resources().isEmpty(), changes.toString());
        }
    }

    @Test
    void nonFastForwardPushIsRefusedThenPullMergesBothActivities() {
        try (WorkingCopy alice = fx.cloneAs("alice", url, Credentials.NONE); WorkingCopy bob = fx.cloneAs("bob", url, Credentials.NONE)) {
            fx.assertTwoPeopleCycle(bare, alice, bob);
        }
    }

    @Test
    void sameMemberChangedTwiceIsAConflictResolvedInTheMergeView() {
        try (WorkingCopy alice = fx.cloneAs("alice", url, Credentials.NONE); WorkingCopy bob = fx.cloneAs("bob", url, Credentials.NONE)) {
            write(alice, PIPELINE, SampleFactory.pipeline("0.01:00:00", ""));
            alice.commit("Alice: one hour", null, null);
            alice.push(TaskMonitor.NONE);
            write(bob, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
            bob.commit("Bob: two hours", null, null);

            PullOutcome pulled = bob.pull(null, TaskMonitor.NONE);
            assertEquals(PullOutcome.Kind.CONFLICTS, pulled.kind());
            MergeState state = bob.mergeState();
            assertTrue(state.inProgress());
            assertEquals(1, state.conflicts().size());
            MergeState.Conflict conflict = state.conflicts().get(0);
            assertEquals(PIPELINE, conflict.path());
            assertNotNull(conflict.resource());
            assertTrue(conflict.resource().details().toString().contains("timeout"), conflict.resource().details().toString());
            ConflictVersions versions = bob.conflictVersions(PIPELINE);
            assertTrue(versions.base().contains("7.00:00:00") && versions.ours().contains("0.02:00:00") && versions.theirs().contains("0.01:00:00"));
            assertTrue(versions.working().contains("<<<<<<< ours"), versions.working());
            assertEquals(ChangeKind.CONFLICTED, bob.status(TaskMonitor.NONE).resources().get(0).change().change());
            problem(ProblemCode.GIT_CONFLICTS_REMAIN, () -> bob.finishMerge(null, null));
            problem(ProblemCode.GIT_CONFLICTS_REMAIN, () -> bob.resolve(PIPELINE, versions.working()));
            problem(ProblemCode.GIT_MERGE_IN_PROGRESS, () -> bob.push(TaskMonitor.NONE));

            bob.resolve(PIPELINE, versions.theirs());
            assertTrue(bob.mergeState().resolved());
            bob.finishMerge(null, null);
            assertFalse(bob.head().merging());
            assertGitAgrees(bob);
            assertEquals(versions.theirs(), read(bob, PIPELINE));
            bob.push(TaskMonitor.NONE);
        }
    }

    @Test
    void abortedMergeGoesBackToOurCommitAndKeepsOtherWork() {
        try (WorkingCopy alice = fx.cloneAs("alice", url, Credentials.NONE); WorkingCopy bob = fx.cloneAs("bob", url, Credentials.NONE)) {
            write(alice, PIPELINE, SampleFactory.pipeline("0.01:00:00", ""));
            write(alice, "adf/dataset/DS_Alice.json", SampleFactory.dataset("DS_Alice"));
            alice.commit("Alice", null, null);
            alice.push(TaskMonitor.NONE);
            write(bob, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
            bob.commit("Bob", null, null);
            String bobsCommit = bob.head().commit();
            write(bob, "notes.txt", "not committed");

            assertEquals(PullOutcome.Kind.CONFLICTS, bob.pull(null, TaskMonitor.NONE).kind());
            assertTrue(Files.exists(bob.workTree().resolve("adf/dataset/DS_Alice.json")));
            bob.abortMerge();
            assertFalse(bob.head().merging());
            assertEquals(bobsCommit, bob.head().commit());
            assertEquals(SampleFactory.pipeline("0.02:00:00", ""), read(bob, PIPELINE));
            assertFalse(Files.exists(bob.workTree().resolve("adf/dataset/DS_Alice.json")));
            assertEquals("?? notes.txt\n", git(bob.workTree(), "status", "--porcelain"));
            GitCli.git(bob.workTree(), "fsck", "--strict", "--no-progress");
        }
    }
}
