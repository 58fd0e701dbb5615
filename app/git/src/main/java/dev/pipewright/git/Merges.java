package dev.pipewright.git;

import dev.pipewright.core.diff.FactoryDiff;
import dev.pipewright.core.diff.ResourceChange;
import dev.pipewright.core.factory.ResourcePath;
import dev.pipewright.core.merge.JsonMerge;
import dev.pipewright.core.merge.MergeResult;
import dev.pipewright.core.problem.ProblemCode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.LockFailedException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A merge in progress, read from git's own state (MERGE_HEAD, the index's stages 1/2/3), so it works the same after a
 * pull here, a merge in a terminal or a merge cut short by a killed process. Conflicted ADF resource files are merged
 * as JSON trees ({@link JsonMerge}): the clean ones are written in ADF's format and staged; for the others the file
 * gets conflict markers around the conflicting members only, and the stages stay for the merge view.
 */
final class Merges {
    private static final Pattern MARKER = Pattern.compile("(?m)^(<<<<<<<|>>>>>>>)( |$)");
    private final Git git;
    private final Repository repo;
    private final String prefix;

    Merges(Git git, String prefix) {
        this.git = git;
        this.repo = git.getRepository();
        this.prefix = prefix;
    }

    private Map<String, ObjectId[]> unmerged() throws IOException {
        return stages(repo);
    }

    /** The stages of each unmerged path: index 1 base, 2 ours, 3 theirs (null when absent). */
    static Map<String, ObjectId[]> stages(Repository repo) throws IOException {
        DirCache dc = DirCache.read(repo);
        Map<String, ObjectId[]> stages = new LinkedHashMap<>();
        for (int i = 0; i < dc.getEntryCount(); i++) {
            DirCacheEntry e = dc.getEntry(i);
            if (e.getStage() != DirCacheEntry.STAGE_0) stages.computeIfAbsent(e.getPathString(), p -> new ObjectId[4])[e.getStage()] = e.getObjectId();
        }
        return stages;
    }

    MergeState state() throws IOException {
        List<ObjectId> heads = repo.readMergeHeads();
        Map<String, ObjectId[]> stages = unmerged();
        if ((heads == null || heads.isEmpty()) && stages.isEmpty()) return MergeState.NONE;
        List<MergeState.Conflict> conflicts = new ArrayList<>();
        for (var e : stages.entrySet()) {
            ObjectId[] s = e.getValue();
            ResourceChange change = resourcePath(e.getKey()) == null ? null
                    : FactoryDiff.conflict(resourcePath(e.getKey()), bytes(s[1]), bytes(s[2]), bytes(s[3]));
            conflicts.add(new MergeState.Conflict(e.getKey(), change));
        }
        String message = repo.readMergeCommitMsg();
        return new MergeState(true, heads == null || heads.isEmpty() ? null : heads.get(0).name(), message == null ? "" : message, conflicts);
    }

    /** The path relative to the factory root when it is an ADF resource file there, else null. */
    private String resourcePath(String path) {
        if (!path.startsWith(prefix)) return null;
        String rel = path.substring(prefix.length());
        return ResourcePath.of(rel).isPresent() ? rel : null;
    }

    ConflictVersions versions(String path) throws IOException {
        ObjectId[] s = unmerged().get(path);
        if (s == null) throw GitProblemException.of(ProblemCode.GIT_FAILED, path + " is not in conflict", "Pick a file of the merge's conflict list");
        Path file = repo.getWorkTree().toPath().resolve(path);
        return new ConflictVersions(path, text(s[1]), text(s[2]), text(s[3]), Files.isRegularFile(file) ? Files.readString(file) : null);
    }

    /** JSON-merges every conflicted resource file; returns the paths that merged clean (now resolved). */
    List<String> autoResolve() throws IOException {
        List<String> clean = new ArrayList<>();
        Path workTree = repo.getWorkTree().toPath();
        for (var e : unmerged().entrySet()) {
            ObjectId[] s = e.getValue();
            if (resourcePath(e.getKey()) == null || s[2] == null || s[3] == null) continue; // delete against change: the user decides
            MergeResult merge = JsonMerge.merge(s[1] == null ? null : text(s[1]), text(s[2]), text(s[3]));
            if (merge.clean()) {
                resolve(e.getKey(), merge.mergedText());
                clean.add(e.getKey());
            } else {
                Files.writeString(workTree.resolve(e.getKey()), merge.textWithMarkers(), StandardCharsets.UTF_8);
            }
        }
        return clean;
    }

    /** Writes the resolution of {@code path} (null: the file is deleted) and stages it, replacing its stages. */
    void resolve(String path, String text) throws IOException {
        if (text != null && MARKER.matcher(text).find()) {
            throw GitProblemException.of(ProblemCode.GIT_CONFLICTS_REMAIN, path + " still holds conflict markers",
                    "Keep one side between the <<<<<<< and >>>>>>> markers and delete the marker lines");
        }
        Path file = repo.getWorkTree().toPath().resolve(path);
        DirCache dc = lock();
        try (ObjectInserter inserter = repo.newObjectInserter()) {
            DirCacheBuilder builder = dc.builder();
            for (int i = 0; i < dc.getEntryCount(); i++) {
                DirCacheEntry e = dc.getEntry(i);
                if (!e.getPathString().equals(path)) builder.add(e);
            }
            if (text == null) {
                Files.deleteIfExists(file);
            } else {
                byte[] content = text.getBytes(StandardCharsets.UTF_8);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
                DirCacheEntry entry = new DirCacheEntry(path);
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, content));
                entry.setLength(content.length);
                entry.setLastModified(Files.getLastModifiedTime(file).toInstant());
                builder.add(entry);
            }
            inserter.flush();
            builder.commit();
        } finally {
            dc.unlock();
        }
    }

    /** Commits the merge (parents HEAD and MERGE_HEAD) once nothing is unmerged. */
    RevCommit finish(String message, PersonIdent author) throws IOException {
        Set<String> left = unmerged().keySet();
        if (!left.isEmpty()) {
            throw GitProblemException.ofPaths(ProblemCode.GIT_CONFLICTS_REMAIN, "Conflicts remain", "Resolve each conflicted resource, then finish", new ArrayList<>(left));
        }
        if (repo.readMergeHeads() == null) throw GitProblemException.of(ProblemCode.GIT_FAILED, "No merge is in progress", "Nothing to finish");
        String msg = message == null || message.isBlank() ? repo.readMergeCommitMsg() : message;
        try {
            return git.commit().setMessage(msg).setAuthor(author).setCommitter(author).setNoVerify(true).call();
        } catch (GitAPIException | JGitInternalException e) {
            throw Failures.other("The merge could not be committed", e);
        }
    }

    /**
     * Goes back to HEAD as before the merge: every file the merge changed or left unmerged is restored from HEAD (files
     * the merge did not touch keep their uncommitted changes, as {@code git merge --abort} does), MERGE_HEAD goes.
     */
    void abort() throws IOException {
        Set<String> touched = new TreeSet<>();
        try {
            var status = git.status().call();
            touched.addAll(status.getAdded());
            touched.addAll(status.getChanged());
            touched.addAll(status.getRemoved());
            touched.addAll(status.getConflicting());
        } catch (GitAPIException | JGitInternalException e) {
            throw Failures.other("The merge state could not be read", e);
        }
        ObjectId headTree = repo.resolve(Constants.HEAD + "^{tree}");
        Path workTree = repo.getWorkTree().toPath();
        DirCache dc = lock();
        try {
            DirCacheBuilder builder = dc.builder();
            for (int i = 0; i < dc.getEntryCount(); i++) {
                DirCacheEntry e = dc.getEntry(i);
                if (!touched.contains(e.getPathString())) builder.add(e);
            }
            for (String path : touched) {
                Path file = workTree.resolve(path);
                TreeWalk at = headTree == null ? null : TreeWalk.forPath(repo, path, headTree);
                if (at == null) {
                    Files.deleteIfExists(file);
                    continue;
                }
                try (at) {
                    byte[] content = repo.open(at.getObjectId(0)).getBytes();
                    Files.createDirectories(file.getParent());
                    Files.write(file, content);
                    DirCacheEntry entry = new DirCacheEntry(path);
                    entry.setFileMode(at.getFileMode(0));
                    entry.setObjectId(at.getObjectId(0));
                    entry.setLength(content.length);
                    entry.setLastModified(Files.getLastModifiedTime(file).toInstant());
                    builder.add(entry);
                }
            }
            builder.commit();
        } finally {
            dc.unlock();
        }
        repo.writeMergeHeads(null);
        repo.writeMergeCommitMsg(null);
    }

    private DirCache lock() throws IOException {
        try {
            return repo.lockDirCache();
        } catch (LockFailedException e) {
            throw Failures.locked(".git/index.lock", e);
        }
    }

    private byte[] bytes(ObjectId id) throws IOException {
        return id == null ? null : repo.open(id, Constants.OBJ_BLOB).getBytes();
    }

    private String text(ObjectId id) throws IOException {
        byte[] b = bytes(id);
        return b == null ? null : new String(b, StandardCharsets.UTF_8);
    }
}
