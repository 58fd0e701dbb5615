package dev.pipewright.git;

import dev.pipewright.core.diff.FactoryDiff;
import dev.pipewright.core.diff.ResourceChange;
import dev.pipewright.core.problem.ProblemCode;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The changed resources of a factory between two revisions, or a revision and the working tree ({@code pipewright
 * diff}): the factory is the folder given, wherever it sits in its repository.
 */
public final class RevisionDiff {
    private RevisionDiff() {
    }

    /**
     * @param factoryRoot the factory's root folder (inside a working copy)
     * @param from        a revision (branch, tag, commit id, {@code HEAD~1} …); null for HEAD
     * @param to          a revision, or null for the working tree
     */
    public static List<ResourceChange> changes(Path factoryRoot, String from, String to) {
        try (Repository repo = Repositories.open(factoryRoot)) {
            Repositories.check(repo);
            Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            String rootFolder = workTree.relativize(factoryRoot.toAbsolutePath().normalize()).toString().replace('\\', '/');
            String prefix = new GitSettings("main", null, rootFolder).prefix();
            if (to == null && from == null) {
                try (WorkingCopy wc = WorkingCopy.open(factoryRoot, GitSettingsStore.inMemory(), RemoteAccess.in(workTree, dev.pipewright.git.auth.Credentials.NONE),
                        new GitSettings(Repositories.collaborationBranch(repo), null, rootFolder))) {
                    return wc.status(TaskMonitor.NONE).resources().stream().map(Changes.ChangedResource::change).toList();
                }
            }
            ObjectId fromTree = tree(repo, from == null ? Constants.HEAD : from);
            List<FactoryDiff.FileChange> files = new ArrayList<>();
            if (to == null) {
                for (WorkingTreeScan.PathChange c : new WorkingTreeScan(repo).scanAgainst(fromTree, prefix)) {
                    byte[] before = c.head() == null ? null : repo.open(c.head(), Constants.OBJ_BLOB).getBytes();
                    byte[] after = c.work() == null ? null : Files.readAllBytes(workTree.resolve(c.path()));
                    files.add(FactoryDiff.FileChange.of(c.path().substring(prefix.length()), before, after));
                }
            } else {
                ObjectId toTree = tree(repo, to);
                try (TreeWalk walk = new TreeWalk(repo)) {
                    walk.addTree(fromTree);
                    walk.addTree(toTree);
                    walk.setRecursive(true);
                    walk.setFilter(prefix.isEmpty() ? TreeFilter.ANY_DIFF
                            : org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(PathFilter.create(rootFolder), TreeFilter.ANY_DIFF));
                    while (walk.next()) {
                        files.add(FactoryDiff.FileChange.of(walk.getPathString().substring(prefix.length()), blob(repo, walk, 0), blob(repo, walk, 1)));
                    }
                }
            }
            return FactoryDiff.changes(files);
        } catch (IOException e) {
            throw Failures.other("The repository could not be read", e);
        }
    }

    private static ObjectId tree(Repository repo, String rev) throws IOException {
        ObjectId tree;
        try {
            tree = repo.resolve(rev + "^{tree}");
        } catch (org.eclipse.jgit.errors.RevisionSyntaxException e) {
            tree = null;
        }
        if (tree == null) {
            throw GitProblemException.of(ProblemCode.GIT_BRANCH_REFUSED, "'" + rev + "' is not a branch, tag or commit of this repository",
                    "Give a branch, a tag, a commit id or HEAD~N");
        }
        return tree;
    }

    private static byte[] blob(Repository repo, TreeWalk walk, int n) throws IOException {
        if (walk.getFileMode(n).getObjectType() != Constants.OBJ_BLOB) return null;
        return repo.open(walk.getObjectId(n), Constants.OBJ_BLOB).getBytes();
    }
}
