package dev.pipewright.git;

import dev.pipewright.core.diff.ChangeKind;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.auth.Credentials;
import dev.pipewright.git.testing.GitCli;
import dev.pipewright.git.testing.SampleFactory;
import dev.pipewright.git.testing.TestRepositories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.pipewright.git.GitFixture.activities;
import static dev.pipewright.git.GitFixture.assertGitAgrees;
import static dev.pipewright.git.GitFixture.problem;
import static dev.pipewright.git.GitFixture.write;
import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repositories in a bad state: not one, damaged, locked, without the root folder, half-way through a merge. */
class BadStateTest {
    private static final String PIPELINE = "adf/" + SampleFactory.PIPELINE;
    @TempDir
    Path temp;
    private GitFixture fx;
    private Path work;

    @BeforeEach
    void setUp() {
        fx = new GitFixture(temp);
        Path bare = fx.seededBare("factory.git");
        fx.cloneAs("alice", bare.toUri().toString(), Credentials.NONE).close();
        work = temp.resolve("alice");
    }

    private WorkingCopy open() {
        return WorkingCopy.open(work, fx.store, fx.access(Credentials.NONE));
    }

    @Test
    void folderOutsideAnyWorkingCopyOrBareRepository() throws Exception {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        problem(ProblemCode.GIT_NOT_A_WORKING_COPY, () -> WorkingCopy.open(plain, fx.store, fx.access(Credentials.NONE)));
        problem(ProblemCode.GIT_NOT_A_WORKING_COPY, () -> WorkingCopy.open(temp.resolve("missing"), fx.store, fx.access(Credentials.NONE)));
        problem(ProblemCode.GIT_NOT_A_WORKING_COPY, () -> WorkingCopy.open(temp.resolve("factory.git"), fx.store, fx.access(Credentials.NONE)));
    }

    @Test
    void damagedHeadIndexOrObjectsAreReportedOnOpen() throws Exception {
        Path head = work.resolve(".git/HEAD");
        String good = Files.readString(head);
        Files.writeString(head, "garbage\n");
        problem(ProblemCode.GIT_REPOSITORY_DAMAGED, this::open);
        Files.writeString(head, good);

        Path index = work.resolve(".git/index");
        byte[] indexBytes = Files.readAllBytes(index);
        Files.write(index, java.util.Arrays.copyOf(indexBytes, 40));
        problem(ProblemCode.GIT_REPOSITORY_DAMAGED, this::open);
        Files.write(index, indexBytes);

        String commit = git(work, "rev-parse", "HEAD").trim();
        git(work, "update-ref", "refs/heads/main", commit); // loose ref, then the pack holding the commit goes
        try (var packs = Files.list(work.resolve(".git/objects/pack"))) {
            for (Path p : packs.toList()) Files.move(p, temp.resolve(p.getFileName()));
        }
        try (var loose = Files.walk(work.resolve(".git/objects"))) {
            for (Path p : loose.filter(Files::isRegularFile).toList()) Files.move(p, temp.resolve("loose-" + p.getFileName()));
        }
        problem(ProblemCode.GIT_REPOSITORY_DAMAGED, this::open);
        assertEquals(good, Files.readString(head), "nothing written");
    }

    @Test
    void leftBehindIndexLockIsRefusedUntilRemoved() throws Exception {
        try (WorkingCopy wc = open()) {
            write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
            Path lock = Files.writeString(work.resolve(".git/index.lock"), "");
            String before = git(work, "rev-parse", "HEAD").trim();
            GitProblemException e = problem(ProblemCode.GIT_LOCKED, () -> wc.commit("Locked", null, null));
            assertTrue(e.getMessage().contains("index.lock"), e.getMessage());
            assertEquals(before, git(work, "rev-parse", "HEAD").trim(), "HEAD did not move");
            assertTrue(Files.exists(lock), "the lock is not ours to remove");
            assertEquals(1, wc.status(TaskMonitor.NONE).resources().size(), "status still reads");
            problem(ProblemCode.GIT_LOCKED, () -> wc.createBranch("feature/x", true, true));
            assertEquals(lock, wc.staleLock().orElseThrow());
            wc.removeStaleLock();
            wc.commit("Unlocked", null, null).orElseThrow();
            assertGitAgrees(wc);
        }
    }

    @Test
    void rootFolderThatIsNotInTheRepository() {
        GitSettings moved = new GitSettings("main", null, "factory");
        problem(ProblemCode.GIT_ROOT_FOLDER_MISSING, () -> WorkingCopy.open(work, fx.store, fx.access(Credentials.NONE), moved));
        problem(ProblemCode.GIT_ROOT_FOLDER_MISSING, () -> WorkingCopy.open(work, fx.store, fx.access(Credentials.NONE), new GitSettings("main", null, "../..")));
        assertEquals("adf", fx.store.gitSettings(work).orElseThrow().rootFolder(), "the kept settings did not change");
        try (WorkingCopy wc = open()) {
            problem(ProblemCode.GIT_ROOT_FOLDER_MISSING, () -> wc.updateSettings(moved));
            assertEquals("adf", wc.settings().rootFolder());
            wc.updateSettings(new GitSettings("main", null, "/"));
            assertEquals(work, wc.factoryRoot());
        }
    }

    @Test
    void commitWithoutAnIdentityAsksForOne() throws Exception {
        try (WorkingCopy wc = open()) {
            git(work, "config", "--unset", "user.name");
            git(work, "config", "--unset", "user.email");
            write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
            problem(ProblemCode.GIT_IDENTITY_MISSING, () -> wc.commit("Who?", null, null));
        }
        try (WorkingCopy wc = open()) {
            assertTrue(wc.identity().isEmpty());
            wc.rememberIdentity("Dana", "dana@example.com");
            wc.commit("Dana's", null, null).orElseThrow();
            assertEquals("Dana <dana@example.com>\n", git(work, "log", "-1", "--format=%an <%ae>"));
        }
    }

    /** Two branches each add an activity to PL_Sales; git merges them in a terminal and stops on the textual conflict. */
    private void conflictingMergeInATerminal() {
        git(work, "checkout", "-q", "-b", "other");
        TestRepositories.write(work.resolve(PIPELINE), SampleFactory.pipeline("7.00:00:00", "Wait_Other"));
        git(work, "commit", "-q", "-am", "Other adds a wait");
        git(work, "checkout", "-q", "main");
        TestRepositories.write(work.resolve(PIPELINE), SampleFactory.pipeline("7.00:00:00", "Wait_Main"));
        git(work, "commit", "-q", "-am", "Main adds a wait");
        GitCli.Result merge = GitCli.run(work, "merge", "other");
        assertEquals(1, merge.exitCode(), merge.out());
    }

    @Test
    void halfMergedStateIsReportedAndCanBeFinished() {
        conflictingMergeInATerminal();
        try (WorkingCopy wc = open()) {
            assertTrue(wc.head().merging());
            MergeState state = wc.mergeState();
            assertEquals(List.of(PIPELINE), state.conflicts().stream().map(MergeState.Conflict::path).toList());
            assertEquals(ChangeKind.CONFLICTED, wc.status(TaskMonitor.NONE).of(ChangeKind.CONFLICTED).get(0).change().change());
            problem(ProblemCode.GIT_MERGE_IN_PROGRESS, () -> wc.commit("x", null, null));
            problem(ProblemCode.GIT_MERGE_IN_PROGRESS, () -> wc.switchBranch("other", true));
            assertEquals(List.of(PIPELINE), wc.autoResolve(), "the JSON merge joins the two additions");
            assertTrue(wc.mergeState().resolved());
            wc.finishMerge(null, null);
            assertTrue(activities(wc, PIPELINE).containsAll(List.of("Wait_Main", "Wait_Other")));
            assertGitAgrees(wc);
            assertEquals(2, git(work, "log", "-1", "--format=%p").trim().split(" ").length);
        }
    }

    @Test
    void halfMergedStateLeftBeforeTheCommitCanBeAborted() {
        // what a merge killed between writing the merged files and committing leaves: MERGE_HEAD, everything staged
        git(work, "checkout", "-q", "-b", "other");
        TestRepositories.write(work.resolve("adf/dataset/DS_Other.json"), SampleFactory.dataset("DS_Other"));
        git(work, "add", "-A");
        git(work, "commit", "-q", "-m", "Other adds a dataset");
        git(work, "checkout", "-q", "main");
        TestRepositories.write(work.resolve(PIPELINE), SampleFactory.pipeline("0.02:00:00", ""));
        git(work, "commit", "-q", "-am", "Main changes the pipeline");
        String main = git(work, "rev-parse", "HEAD").trim();
        git(work, "merge", "--no-commit", "--no-ff", "other");
        try (WorkingCopy wc = open()) {
            assertTrue(wc.head().merging());
            assertTrue(wc.mergeState().resolved(), "no conflict left, the commit is missing");
            wc.abortMerge();
            assertFalse(wc.head().merging());
            assertEquals(main, wc.head().commit());
            assertFalse(Files.exists(work.resolve("adf/dataset/DS_Other.json")));
            assertGitAgrees(wc);
        }
    }
}
