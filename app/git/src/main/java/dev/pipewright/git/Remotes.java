package dev.pipewright.git;

import dev.pipewright.core.problem.ProblemCode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Fetch, pull (fast-forward or merge, resource files merged as JSON) and push of the current branch to origin. */
final class Remotes {
    static final String ORIGIN = Constants.DEFAULT_REMOTE_NAME;
    private final Git git;
    private final Repository repo;
    private final RemoteAccess access;

    Remotes(Git git, RemoteAccess access) {
        this.git = git;
        this.repo = git.getRepository();
        this.access = access;
    }

    String url() {
        String url = repo.getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, ORIGIN, ConfigConstants.CONFIG_KEY_URL);
        if (url == null) {
            throw GitProblemException.of(ProblemCode.GIT_FAILED, "The repository has no remote 'origin'",
                    "Add one in a terminal (git remote add origin <url>), or clone the repository");
        }
        return url;
    }

    /** Fetches origin; returns how many remote-tracking branches moved. */
    int fetch(TaskMonitor monitor) {
        Connection connection = new Connection(url(), access);
        try (connection) {
            var result = connection.apply(git.fetch().setRemote(ORIGIN).setProgressMonitor(new Progress(monitor))).call();
            Progress.check(monitor);
            return result.getTrackingRefUpdates().size();
        } catch (GitAPIException | RuntimeException e) {
            throw Failures.remote(e, connection, monitor);
        }
    }

    PullOutcome pull(Merges merges, PersonIdent author, TaskMonitor monitor) throws IOException {
        String branch = currentBranch("pull into");
        if (repo.getRepositoryState().isRebasing() || repo.readMergeHeads() != null) throw mergeInProgress();
        fetch(monitor);
        Ref upstream = upstream(branch);
        if (upstream == null) return new PullOutcome(PullOutcome.Kind.NO_UPSTREAM, head(), List.of(), MergeState.NONE);
        Progress.check(monitor);
        monitor.step("Merging " + Repository.shortenRefName(upstream.getName()), 0);
        MergeResult result;
        try {
            result = git.merge().include(upstream).setCommit(false).setFastForward(MergeCommand.FastForwardMode.FF)
                    .setMessage("Merge " + Repository.shortenRefName(upstream.getName()) + " into " + branch)
                    .setProgressMonitor(new Progress(monitor)).call();
        } catch (GitAPIException | JGitInternalException e) {
            throw Failures.other("The pull could not merge " + Repository.shortenRefName(upstream.getName()), e);
        }
        switch (result.getMergeStatus()) {
            case ALREADY_UP_TO_DATE:
                return new PullOutcome(PullOutcome.Kind.UP_TO_DATE, head(), List.of(), MergeState.NONE);
            case FAST_FORWARD:
                return new PullOutcome(PullOutcome.Kind.FAST_FORWARD, head(), List.of(), MergeState.NONE);
            case MERGED_NOT_COMMITTED:
                merges.finish(null, author);
                return new PullOutcome(PullOutcome.Kind.MERGED, head(), List.of(), MergeState.NONE);
            case CONFLICTING: {
                List<String> merged = merges.autoResolve();
                MergeState state = merges.state();
                if (!state.conflicts().isEmpty()) return new PullOutcome(PullOutcome.Kind.CONFLICTS, head(), merged, state);
                merges.finish(null, author);
                return new PullOutcome(PullOutcome.Kind.MERGED, head(), merged, MergeState.NONE);
            }
            case FAILED:
                throw GitProblemException.ofPaths(ProblemCode.GIT_UNCOMMITTED_CHANGES, "The pull would overwrite files you changed",
                        "Commit or discard these changes, then pull again; nothing was merged",
                        result.getFailingPaths() == null ? List.of() : new ArrayList<>(result.getFailingPaths().keySet()));
            case CHECKOUT_CONFLICT:
                throw GitProblemException.ofPaths(ProblemCode.GIT_UNCOMMITTED_CHANGES, "The pull would overwrite files you changed",
                        "Commit or discard these changes, then pull again; nothing was merged", result.getCheckoutConflicts());
            default:
                throw GitProblemException.of(ProblemCode.GIT_FAILED, "The pull ended with " + result.getMergeStatus(), "Look at the repository in a terminal");
        }
    }

    PushOutcome push(TaskMonitor monitor) throws IOException {
        String branch = currentBranch("push");
        if (repo.readMergeHeads() != null) throw mergeInProgress();
        return push(branch, monitor);
    }

    /** Pushes the local {@code branch} (not necessarily the current one: the publish branch) to origin. */
    PushOutcome push(String branch, TaskMonitor monitor) throws IOException {
        String url = url();
        String ref = Constants.R_HEADS + branch;
        Iterable<PushResult> results;
        Connection connection = new Connection(url, access);
        try (connection) {
            results = connection.apply(git.push().setRemote(ORIGIN).setRefSpecs(new RefSpec(ref + ":" + ref))
                    .setProgressMonitor(new Progress(monitor))).call();
        } catch (GitAPIException | RuntimeException e) {
            throw Failures.remote(e, connection, monitor);
        }
        boolean upToDate = true;
        for (PushResult result : results) {
            for (RemoteRefUpdate update : result.getRemoteUpdates()) {
                switch (update.getStatus()) {
                    case OK -> upToDate = false;
                    case UP_TO_DATE -> {
                    }
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw GitProblemException.of(ProblemCode.GIT_PUSH_REJECTED,
                            "origin/" + branch + " has commits you do not have, so the push was refused",
                            "Pull (the JSON-aware merge joins both sides), then push again");
                    default -> throw GitProblemException.of(ProblemCode.GIT_FAILED, "The server refused the push of " + branch + " (" + update.getStatus()
                            + (update.getMessage() == null ? "" : ": " + update.getMessage()) + ")",
                            "The branch may be protected (push to a feature branch and open a pull request) or a server hook refused it");
                }
            }
        }
        setUpstreamIfMissing(branch);
        return new PushOutcome(branch, ORIGIN + "/" + branch, upToDate);
    }

    private void setUpstreamIfMissing(String branch) throws IOException {
        StoredConfig config = repo.getConfig();
        if (config.getString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE) != null) return;
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, ORIGIN);
        config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_MERGE, Constants.R_HEADS + branch);
        config.save();
    }

    /** The remote-tracking branch the current branch follows (its configured upstream, else origin's of the same name). */
    private Ref upstream(String branch) throws IOException {
        String tracking = new BranchConfig(repo.getConfig(), branch).getRemoteTrackingBranch();
        Ref ref = tracking == null ? null : repo.exactRef(tracking);
        return ref != null ? ref : repo.exactRef(Constants.R_REMOTES + ORIGIN + "/" + branch);
    }

    private String currentBranch(String what) throws IOException {
        String full = repo.getFullBranch();
        if (full == null || !full.startsWith(Constants.R_HEADS)) throw Committer.detached(what);
        return full.substring(Constants.R_HEADS.length());
    }

    private String head() throws IOException {
        ObjectId id = repo.resolve(Constants.HEAD);
        return id == null ? null : id.name();
    }

    static GitProblemException mergeInProgress() {
        return GitProblemException.of(ProblemCode.GIT_MERGE_IN_PROGRESS, "A merge is in progress",
                "Resolve the conflicted resources and finish the merge, or abort it, first");
    }
}
