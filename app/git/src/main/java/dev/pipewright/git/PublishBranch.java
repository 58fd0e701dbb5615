package dev.pipewright.git;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import dev.pipewright.core.problem.ProblemCode;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes publish output as a commit on the publish branch, as ADF's Publish does: the branch's tree with the factory's
 * folder ({@code <factoryName>/}) replaced by the new files, everything else on the branch kept. The working tree, the
 * index and the current branch are not touched. A local publish branch is created from {@code origin/<branch>} when
 * only that exists, or as a branch of its own (no parent) when neither does. Output equal to the branch's is no commit.
 */
final class PublishBranch {
    private final Repository repo;

    PublishBranch(Repository repo) {
        this.repo = repo;
    }

    /** The new commit, empty when the branch holds these files already. */
    Optional<ObjectId> commit(String branch, String folder, Map<String, byte[]> files, PersonIdent author, String message) throws IOException {
        String ref = Constants.R_HEADS + branch;
        ObjectId local = repo.resolve(ref);
        ObjectId parent = local != null ? local : repo.resolve(Constants.R_REMOTES + Remotes.ORIGIN + "/" + branch);
        try (ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            RevCommit parentCommit = parent == null ? null : walk.parseCommit(parent);
            Map<String, ObjectId> entries = new TreeMap<>();
            if (parentCommit != null) {
                try (TreeWalk tree = new TreeWalk(reader)) {
                    tree.addTree(parentCommit.getTree());
                    tree.setRecursive(true);
                    while (tree.next()) {
                        String path = tree.getPathString();
                        if (!path.startsWith(folder + "/")) entries.put(path, tree.getObjectId(0));
                    }
                }
            }
            for (var file : files.entrySet()) {
                entries.put(folder + "/" + file.getKey(), inserter.insert(Constants.OBJ_BLOB, file.getValue()));
            }
            DirCache dc = DirCache.newInCore();
            DirCacheBuilder builder = dc.builder();
            entries.forEach((path, id) -> {
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(id);
                builder.add(entry);
            });
            builder.finish();
            ObjectId tree = dc.writeTree(inserter);
            if (parentCommit != null && parentCommit.getTree().equals(tree)) {
                if (local == null) move(ref, null, parent); // the remote's publish branch becomes the local one
                return Optional.empty();
            }
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (parentCommit != null) commit.setParentId(parentCommit);
            commit.setAuthor(author);
            commit.setCommitter(author);
            commit.setMessage(message);
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            move(ref, local, id);
            return Optional.of(id);
        }
    }

    /** Moves {@code ref} from {@code expected} (null: it must not exist) to {@code id}; another writer in between is refused. */
    private void move(String ref, ObjectId expected, ObjectId id) throws IOException {
        RefUpdate update = repo.updateRef(ref);
        update.setExpectedOldObjectId(expected == null ? ObjectId.zeroId() : expected);
        update.setNewObjectId(id);
        update.setRefLogMessage("publish", false);
        RefUpdate.Result result = update.update();
        switch (result) {
            case NEW, FAST_FORWARD, FORCED, NO_CHANGE -> {
            }
            case LOCK_FAILURE -> throw Failures.locked(ref, null);
            default -> throw GitProblemException.of(ProblemCode.GIT_FAILED, "The publish branch could not be moved (" + result + ")",
                    "Look at the repository in a terminal; the branch is as it was");
        }
    }
}
