package dev.pipewright.git;

import dev.pipewright.core.problem.ProblemCode;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.errors.UnmergedPathException;
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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Commits chosen files as they are in the working tree, as ADF Studio's Save does (no staging area to think about):
 * the new commit is HEAD plus exactly those files; their index entries are updated, other entries are left alone.
 * The index is locked first, so a left-behind {@code index.lock} is refused (PW922) before anything is written, and
 * HEAD moves only from the commit it was read at.
 */
final class Committer {
    private final Repository repo;

    Committer(Repository repo) {
        this.repo = repo;
    }

    /** The new commit's id, or empty when the files are as at HEAD (nothing to commit). */
    Optional<ObjectId> commit(Collection<String> paths, String message, PersonIdent author) throws IOException {
        String branch = repo.getFullBranch();
        if (branch == null || !branch.startsWith(Constants.R_HEADS)) throw detached("commit");
        DirCache dc;
        try {
            dc = repo.lockDirCache();
        } catch (LockFailedException e) {
            throw Failures.locked(".git/index.lock", e);
        }
        try (ObjectInserter inserter = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader()) {
            ObjectId head = repo.resolve(Constants.HEAD);
            ObjectId headTree = head == null ? null : repo.parseCommit(head).getTree();
            ObjectId indexTree;
            try {
                indexTree = dc.writeTree(inserter);
            } catch (UnmergedPathException e) {
                throw GitProblemException.of(ProblemCode.GIT_MERGE_IN_PROGRESS, "A merge is in progress, with conflicts left",
                        "Resolve the conflicted resources and finish the merge, or abort it");
            }
            List<DirCacheEditor.PathEdit> edits = edits(new TreeSet<>(paths), inserter);
            ObjectId tree;
            boolean indexWasHead = headTree == null ? dc.getEntryCount() == 0 : indexTree.equals(headTree);
            if (indexWasHead) {
                apply(dc, edits);
                tree = dc.writeTree(inserter);
            } else {
                // other changes are staged (by a terminal's git add): they stay staged, out of this commit
                DirCache fromHead = DirCache.newInCore();
                DirCacheBuilder builder = fromHead.builder();
                if (headTree != null) builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, headTree);
                builder.finish();
                apply(fromHead, edits);
                tree = fromHead.writeTree(inserter);
                apply(dc, edits);
            }
            if (tree.equals(headTree)) return Optional.empty();
            CommitBuilder commit = new CommitBuilder();
            commit.setTreeId(tree);
            if (head != null) commit.setParentId(head);
            commit.setAuthor(author);
            commit.setCommitter(new PersonIdent(author, java.time.Instant.now(), author.getZoneId()));
            commit.setMessage(message.endsWith("\n") ? message : message + "\n");
            ObjectId id = inserter.insert(commit);
            inserter.flush();
            RefUpdate ru = repo.updateRef(Constants.HEAD);
            ru.setNewObjectId(id);
            ru.setExpectedOldObjectId(head == null ? ObjectId.zeroId() : head);
            ru.setRefLogMessage((head == null ? "commit (initial): " : "commit: ") + firstLine(message), false);
            RefUpdate.Result result = ru.update();
            switch (result) {
                case NEW, FAST_FORWARD -> {
                }
                case LOCK_FAILURE -> throw Failures.locked(".git/" + branch + ".lock", null);
                default -> throw GitProblemException.of(ProblemCode.GIT_FAILED, "The branch could not be moved to the new commit (" + result + ")",
                        "Check that no other program changes the repository, then commit again");
            }
            dc.write();
            dc.commit();
            return Optional.of(id);
        } finally {
            dc.unlock();
        }
    }

    /** One index edit per path: the working file as a new blob with its stat data, or a removal. */
    private List<DirCacheEditor.PathEdit> edits(Collection<String> paths, ObjectInserter inserter) throws IOException {
        Path workTree = repo.getWorkTree().toPath();
        List<DirCacheEditor.PathEdit> edits = new ArrayList<>();
        for (String path : paths) {
            Path file = workTree.resolve(path);
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                edits.add(new DirCacheEditor.DeletePath(path));
                continue;
            }
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            byte[] content = Files.readAllBytes(file);
            ObjectId blob = inserter.insert(Constants.OBJ_BLOB, content);
            boolean executable = repo.getFS().supportsExecute() && repo.getFS().canExecute(file.toFile());
            edits.add(new DirCacheEditor.PathEdit(path) {
                @Override
                public void apply(DirCacheEntry entry) {
                    entry.setFileMode(executable ? FileMode.EXECUTABLE_FILE : FileMode.REGULAR_FILE);
                    entry.setObjectId(blob);
                    entry.setLength(content.length);
                    entry.setLastModified(attrs.lastModifiedTime().toInstant());
                }
            });
        }
        return edits;
    }

    private static void apply(DirCache dc, List<DirCacheEditor.PathEdit> edits) {
        DirCacheEditor editor = dc.editor();
        edits.forEach(editor::add);
        editor.finish();
    }

    static GitProblemException detached(String what) {
        return GitProblemException.of(ProblemCode.GIT_DETACHED_HEAD, "HEAD is detached (on a commit, not a branch): there is no branch to " + what,
                "Create a branch here, or switch to a branch");
    }

    static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** The commit with this id, for callers that want its details. */
    static RevCommit parse(Repository repo, ObjectId id) throws IOException {
        try (RevWalk walk = new RevWalk(repo)) {
            return walk.parseCommit(id);
        }
    }
}
