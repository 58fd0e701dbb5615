package dev.pipewright.git;

import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.auth.Credentials;
import dev.pipewright.git.testing.SampleFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static dev.pipewright.git.GitFixture.problem;
import static dev.pipewright.git.GitFixture.read;
import static dev.pipewright.git.GitFixture.write;
import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The branch selector: list, create from the collaboration branch, switch (carrying or refusing changes), delete. */
class BranchesTest {
    private static final String PIPELINE = "adf/" + SampleFactory.PIPELINE;
    @TempDir
    Path temp;
    private GitFixture fx;
    private WorkingCopy wc;

    @BeforeEach
    void setUp() {
        fx = new GitFixture(temp);
        Path bare = fx.seededBare("factory.git");
        dev.pipewright.git.testing.TestRepositories.commit(bare, "release", "Release branch", java.util.Map.of("adf/dataset/DS_R.json", SampleFactory.dataset("DS_R")));
        wc = fx.cloneAs("alice", bare.toUri().toString(), Credentials.NONE);
    }

    @org.junit.jupiter.api.AfterEach
    void tearDown() {
        wc.close();
    }

    private List<String> names() {
        return wc.branches().stream().map(b -> b.name() + (b.local() ? "" : "@origin") + (b.current() ? "*" : "")).toList();
    }

    @Test
    void featureBranchStartsFromTheCollaborationBranchAndIsPushedWithUpstream() {
        assertEquals(List.of("main*", "release@origin"), names());
        wc.switchBranch("release", false);
        assertEquals("release", wc.head().branch());
        wc.createBranch("feature/sales", true, false);
        assertEquals("feature/sales", wc.head().branch());
        assertEquals(git(wc.workTree(), "rev-parse", "origin/main").trim(), wc.head().commit(), "started from main, not from release");
        write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
        wc.commit("Feature work", null, null);
        BranchInfo feature = wc.branches().stream().filter(BranchInfo::current).findFirst().orElseThrow();
        assertEquals(null, feature.upstream());
        assertEquals(PullOutcome.Kind.NO_UPSTREAM, wc.pull(null, TaskMonitor.NONE).kind());
        wc.push(TaskMonitor.NONE);
        feature = wc.branches().stream().filter(BranchInfo::current).findFirst().orElseThrow();
        assertEquals("origin/feature/sales", feature.upstream());
        assertEquals(0, feature.ahead());
        assertEquals("https://github.com/contoso/adf/compare/main...feature/sales?expand=1",
                PullRequests.url("git@github.com:contoso/adf.git", wc.head().branch(), wc.settings().collaborationBranch()).orElseThrow());
    }

    @Test
    void namesGitRejectsAndTakenNames() {
        for (String bad : List.of("has space", "a..b", "x~1", "ends.lock", "-dash", "trailing/", "q?", "")) {
            problem(ProblemCode.GIT_BRANCH_NAME_INVALID, () -> wc.createBranch(bad, true, false));
        }
        problem(ProblemCode.GIT_BRANCH_REFUSED, () -> wc.createBranch("main", true, false));
        problem(ProblemCode.GIT_BRANCH_REFUSED, () -> wc.createBranch("release", true, false));
        problem(ProblemCode.GIT_BRANCH_REFUSED, () -> wc.switchBranch("nope", false));
        assertEquals("main", wc.head().branch());
        assertEquals(List.of("main*", "release@origin"), names(), "nothing was created");
    }

    @Test
    void switchingWithUncommittedFilesRefusesWithTheListOrCarriesThem() {
        write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
        write(wc, "adf/dataset/DS_New.json", SampleFactory.dataset("DS_New"));
        GitProblemException refused = problem(ProblemCode.GIT_UNCOMMITTED_CHANGES, () -> wc.createBranch("feature/a", true, false));
        assertEquals(List.of("adf/dataset/DS_New.json", PIPELINE), refused.paths());
        assertEquals("main", wc.head().branch());
        assertEquals(List.of("main*", "release@origin"), names());
        wc.createBranch("feature/a", true, true);
        assertEquals("feature/a", wc.head().branch());
        assertEquals(SampleFactory.pipeline("0.02:00:00", ""), read(wc, PIPELINE), "carried along");
        assertEquals(2, wc.status(TaskMonitor.NONE).resources().size());
    }

    @Test
    void carryingIsRefusedWhenTheOtherBranchChangedTheSameFile() {
        wc.createBranch("feature/b", true, false);
        write(wc, PIPELINE, SampleFactory.pipeline("0.03:00:00", ""));
        wc.commit("On b", null, null);
        wc.switchBranch("main", false);
        write(wc, PIPELINE, SampleFactory.pipeline("0.04:00:00", ""));
        GitProblemException e = problem(ProblemCode.GIT_UNCOMMITTED_CHANGES, () -> wc.switchBranch("feature/b", true));
        assertEquals(List.of(PIPELINE), e.paths());
        assertEquals("main", wc.head().branch());
        assertEquals(SampleFactory.pipeline("0.04:00:00", ""), read(wc, PIPELINE), "the change is kept");
    }

    @Test
    void deleteRefusesTheCurrentAndUnmergedBranches() {
        wc.createBranch("feature/c", true, false);
        problem(ProblemCode.GIT_BRANCH_REFUSED, () -> wc.deleteBranch("feature/c", false));
        write(wc, PIPELINE, SampleFactory.pipeline("0.05:00:00", ""));
        wc.commit("Only on c", null, null);
        wc.switchBranch("main", false);
        problem(ProblemCode.GIT_BRANCH_REFUSED, () -> wc.deleteBranch("feature/c", false));
        assertTrue(names().contains("feature/c"));
        wc.deleteBranch("feature/c", true);
        assertEquals(List.of("main*", "release@origin"), names());
    }

    @Test
    void detachedHeadCannotCommitPullOrPush() {
        git(wc.workTree(), "checkout", "-q", "--detach", "HEAD");
        assertTrue(wc.head().detached());
        write(wc, PIPELINE, SampleFactory.pipeline("0.02:00:00", ""));
        String before = git(wc.workTree(), "rev-parse", "HEAD").trim();
        problem(ProblemCode.GIT_DETACHED_HEAD, () -> wc.commit("x", null, null));
        problem(ProblemCode.GIT_DETACHED_HEAD, () -> wc.push(TaskMonitor.NONE));
        problem(ProblemCode.GIT_DETACHED_HEAD, () -> wc.pull(null, TaskMonitor.NONE));
        assertEquals(before, git(wc.workTree(), "rev-parse", "HEAD").trim());
        assertTrue(wc.pullRequestUrl().isEmpty());
        wc.createBranch("rescue", true, true);
        assertEquals("rescue", wc.head().branch());
    }
}
