package dev.pipewright.git;

import dev.pipewright.core.problem.ProblemCode;
import org.eclipse.jgit.api.CheckoutCommand;
import org.eclipse.jgit.api.CreateBranchCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.api.errors.NotMergedException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The branch selector's operations: list, switch, create from the collaboration branch, delete. */
final class Branches {
    /** What a switch does with files changed in the working tree. */
    enum Uncommitted {
        /** Take them to the other branch (refused with the list when the other branch changed the same files). */
        CARRY,
        /** Refuse the switch with the list of changed files. */
        REFUSE
    }

    private static final String ORIGIN = Constants.DEFAULT_REMOTE_NAME;
    private final Git git;
    private final Repository repo;

    Branches(Git git) {
        this.git = git;
        this.repo = git.getRepository();
    }

    List<BranchInfo> list() throws IOException {
        String current = repo.getBranch();
        boolean detached = !Constants.R_HEADS.concat(current == null ? "" : current).equals(repo.getFullBranch());
        Map<String, BranchInfo> branches = new TreeMap<>();
        for (Ref ref : repo.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)) {
            String name = Repository.shortenRefName(ref.getName());
            BranchTrackingStatus tracking = BranchTrackingStatus.of(repo, name);
            branches.put(name, new BranchInfo(name, true, !detached && name.equals(current),
                    tracking == null ? null : Repository.shortenRefName(tracking.getRemoteTrackingBranch()),
                    tracking == null ? 0 : tracking.getAheadCount(), tracking == null ? 0 : tracking.getBehindCount()));
        }
        String remotePrefix = Constants.R_REMOTES + ORIGIN + "/";
        for (Ref ref : repo.getRefDatabase().getRefsByPrefix(remotePrefix)) {
            String name = ref.getName().substring(remotePrefix.length());
            if (!name.equals(Constants.HEAD) && !branches.containsKey(name)) {
                branches.put(name, new BranchInfo(name, false, false, ORIGIN + "/" + name, 0, 0));
            }
        }
        return new ArrayList<>(branches.values());
    }

    static void checkName(String name) {
        if (name == null || name.isBlank() || !Repository.isValidRefName(Constants.R_HEADS + name) || name.startsWith("-")) {
            throw GitProblemException.of(ProblemCode.GIT_BRANCH_NAME_INVALID, "'" + name + "' is not a branch name git accepts",
                    "Use letters, digits, '-', '_', '.' and '/' between words, e.g. feature/sales-load (no spaces, '..', '~', '^', ':', '?', '*', '[', '\\')");
        }
    }

    private boolean exists(String name) throws IOException {
        return repo.exactRef(Constants.R_HEADS + name) != null;
    }

    private Ref remote(String name) throws IOException {
        return repo.exactRef(Constants.R_REMOTES + ORIGIN + "/" + name);
    }

    /** Creates {@code name} from the collaboration branch (local if there is one, else origin's), and switches to it. */
    void create(String name, String collaborationBranch, boolean switchTo, Uncommitted mode) throws IOException {
        checkName(name);
        if (exists(name) || remote(name) != null) {
            throw refused("A branch named '" + name + "' exists already" + (exists(name) ? "" : " on origin"), "Pick another name, or switch to it");
        }
        String start = exists(collaborationBranch) ? Constants.R_HEADS + collaborationBranch
                : remote(collaborationBranch) != null ? Constants.R_REMOTES + ORIGIN + "/" + collaborationBranch : Constants.HEAD;
        if (repo.resolve(start) == null) {
            throw refused("There is no commit to start '" + name + "' from", "Commit something on " + collaborationBranch + " first");
        }
        try {
            if (switchTo) {
                if (mode == Uncommitted.REFUSE) refuseWhenChanged("switching to " + name);
                checkout(git.checkout().setName(name).setCreateBranch(true).setStartPoint(start)
                        .setUpstreamMode(CreateBranchCommand.SetupUpstreamMode.NOTRACK));
            } else {
                git.branchCreate().setName(name).setStartPoint(start).setUpstreamMode(CreateBranchCommand.SetupUpstreamMode.NOTRACK).call();
            }
        } catch (GitAPIException | JGitInternalException e) {
            throw Failures.other("The branch could not be created", e);
        }
    }

    void switchTo(String name, Uncommitted mode) throws IOException {
        checkName(name);
        boolean local = exists(name);
        if (!local && remote(name) == null) throw refused("There is no branch named '" + name + "'", "Pick a branch from the list");
        if (name.equals(repo.getBranch()) && (Constants.R_HEADS + name).equals(repo.getFullBranch())) return;
        if (mode == Uncommitted.REFUSE) refuseWhenChanged("switching to " + name);
        CheckoutCommand checkout = git.checkout().setName(name);
        if (!local) {
            checkout.setCreateBranch(true).setStartPoint(Constants.R_REMOTES + ORIGIN + "/" + name)
                    .setUpstreamMode(CreateBranchCommand.SetupUpstreamMode.TRACK);
        }
        checkout(checkout);
    }

    private void checkout(CheckoutCommand checkout) {
        try {
            checkout.call();
        } catch (CheckoutConflictException e) {
            throw GitProblemException.ofPaths(ProblemCode.GIT_UNCOMMITTED_CHANGES, "The other branch changed files you changed too",
                    "Commit or discard these changes first; nothing was switched", e.getConflictingPaths());
        } catch (GitAPIException | JGitInternalException e) {
            throw Failures.other("The branch could not be switched", e);
        }
    }

    void delete(String name, boolean force) throws IOException {
        checkName(name);
        if (!exists(name)) throw refused("There is no local branch named '" + name + "'", "Pick a local branch");
        if (name.equals(repo.getBranch())) throw refused("'" + name + "' is the current branch", "Switch to another branch first");
        try {
            git.branchDelete().setBranchNames(Constants.R_HEADS + name).setForce(force).call();
        } catch (NotMergedException e) {
            throw refused("'" + name + "' has commits no other branch has", "Merge or push it first, or delete it anyway (its commits are then lost)");
        } catch (GitAPIException | JGitInternalException e) {
            throw Failures.other("The branch could not be deleted", e);
        }
    }

    /** Throws PW934 listing every changed or untracked file of the working tree, when there are any. */
    void refuseWhenChanged(String doing) {
        List<String> changed = uncommitted();
        if (!changed.isEmpty()) {
            throw GitProblemException.ofPaths(ProblemCode.GIT_UNCOMMITTED_CHANGES, "Files are changed and not committed, so " + doing + " was refused",
                    "Commit them, carry them to the other branch, or discard them", changed);
        }
    }

    List<String> uncommitted() {
        try {
            Status status = git.status().call();
            Set<String> paths = new LinkedHashSet<>();
            paths.addAll(status.getUncommittedChanges());
            paths.addAll(status.getUntracked());
            return new ArrayList<>(new java.util.TreeSet<>(paths));
        } catch (GitAPIException | JGitInternalException e) {
            throw Failures.other("The working tree could not be read", e);
        }
    }

    static GitProblemException refused(String message, String hint) {
        return GitProblemException.of(ProblemCode.GIT_BRANCH_REFUSED, message, hint);
    }
}
