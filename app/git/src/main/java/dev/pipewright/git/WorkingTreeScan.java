package dev.pipewright.git;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.internal.storage.file.FileSnapshot;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The files under the factory's root folder whose working-tree content differs from HEAD, the way {@code git status}
 * finds them: a file whose size and modification time match its index entry is taken as the index's blob, only the
 * others are hashed. HEAD's tree and the index are read once and kept until HEAD or the index file change, so a scan
 * after a save costs one directory walk. Where git would filter content (core.autocrlf, or text/eol/filter attributes)
 * JGit's own tree walk, which applies the filters, is used instead.
 */
final class WorkingTreeScan {
    /**
     * One file that differs from HEAD.
     *
     * @param path       relative to the working tree
     * @param head       its blob at HEAD, null when HEAD has none
     * @param work       its blob in the working tree, null when deleted
     * @param conflicted unmerged in the index (a merge in progress)
     */
    record PathChange(String path, ObjectId head, ObjectId work, boolean conflicted) {
    }

    private final Repository repo;
    private final Path workTree;
    private ObjectId headTree;
    private String headPrefix;
    private Map<String, ObjectId> headEntries = Map.of();
    private FileSnapshot indexSnapshot;
    private Map<String, DirCacheEntry> indexEntries = Map.of();
    private Set<String> unmerged = Set.of();

    WorkingTreeScan(Repository repo) {
        this.repo = repo;
        this.workTree = repo.getWorkTree().toPath();
    }

    /** The changed files under {@code prefix} ({@code ""} or {@code "adf/"}), sorted by path. */
    synchronized List<PathChange> scan(String prefix, TaskMonitor monitor) throws IOException {
        if (needsFilters()) return scanAgainst(repo.resolve(Constants.HEAD + "^{tree}"), prefix);
        loadHead(prefix);
        loadIndex();
        Instant indexTime = indexSnapshot.lastModifiedInstant();
        Map<String, ObjectId> work = new HashMap<>();
        List<String> untracked = new ArrayList<>();
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        Path start = prefix.isEmpty() ? workTree : workTree.resolve(prefix);
        int rootLength = workTree.toString().length() + 1;
        if (Files.isDirectory(start)) {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (monitor.isCancelled()) return FileVisitResult.TERMINATE;
                    if (!dir.equals(start) && (dir.getFileName().toString().equals(Constants.DOT_GIT) || Files.exists(dir.resolve(Constants.DOT_GIT)))) {
                        return FileVisitResult.SKIP_SUBTREE; // .git, or a nested repository
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    if (!attrs.isRegularFile()) return FileVisitResult.CONTINUE;
                    String path = file.toString().substring(rootLength);
                    if (File.separatorChar != '/') path = path.replace(File.separatorChar, '/');
                    DirCacheEntry entry = indexEntries.get(path);
                    if (entry == null) {
                        if (!unmerged.contains(path)) untracked.add(path);
                        work.put(path, null);
                    } else if (statClean(entry, attrs, indexTime)) {
                        work.put(path, entry.getObjectId());
                    } else {
                        work.put(path, hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE; // vanished while walking
                }
            });
        }
        if (monitor.isCancelled()) throw Failures.cancelled();
        Set<String> ignored = ignored(untracked);
        for (String path : untracked) {
            if (ignored.contains(path)) work.remove(path);
            else work.put(path, hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(workTree.resolve(path))));
        }
        List<PathChange> changes = new ArrayList<>();
        for (var e : work.entrySet()) {
            ObjectId head = headEntries.get(e.getKey());
            boolean conflicted = unmerged.contains(e.getKey());
            if (conflicted || !e.getValue().equals(head)) changes.add(new PathChange(e.getKey(), head, e.getValue(), conflicted));
        }
        for (var e : headEntries.entrySet()) {
            if (!work.containsKey(e.getKey())) changes.add(new PathChange(e.getKey(), e.getValue(), null, unmerged.contains(e.getKey())));
        }
        for (String path : unmerged) {
            if (path.startsWith(prefix) && !work.containsKey(path) && !headEntries.containsKey(path)) changes.add(new PathChange(path, null, null, true));
        }
        changes.sort((a, b) -> a.path().compareTo(b.path()));
        return changes;
    }

    /** Like git: size and mtime agree, and the entry was not written in the same instant as the index (racy). */
    private static boolean statClean(DirCacheEntry entry, BasicFileAttributes attrs, Instant indexTime) {
        if (entry.isSmudged() || entry.getLength() != (int) attrs.size()) return false;
        Instant indexed = entry.getLastModifiedInstant();
        Instant actual = attrs.lastModifiedTime().toInstant();
        boolean same = indexed.getNano() == 0 // written by a git without nanosecond stat data
                ? indexed.getEpochSecond() == actual.getEpochSecond() : indexed.equals(actual);
        return same && indexed.isBefore(indexTime);
    }

    private void loadHead(String prefix) throws IOException {
        ObjectId tree = repo.resolve(Constants.HEAD + "^{tree}");
        if (tree != null && tree.equals(headTree) && prefix.equals(headPrefix)) return;
        Map<String, ObjectId> entries = new HashMap<>();
        if (tree != null) {
            try (TreeWalk walk = new TreeWalk(repo)) {
                walk.addTree(tree);
                walk.setRecursive(true);
                if (!prefix.isEmpty()) walk.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
                while (walk.next()) {
                    if (walk.getFileMode(0).getObjectType() == Constants.OBJ_BLOB) entries.put(walk.getPathString(), walk.getObjectId(0));
                }
            }
        }
        headTree = tree;
        headPrefix = prefix;
        headEntries = entries;
    }

    private void loadIndex() throws IOException {
        File file = repo.getIndexFile();
        if (indexSnapshot != null && !indexSnapshot.isModified(file)) return;
        FileSnapshot snapshot = FileSnapshot.save(file);
        DirCache dc = DirCache.read(file, repo.getFS());
        Map<String, DirCacheEntry> entries = new HashMap<>(dc.getEntryCount() * 2);
        Set<String> conflicts = new HashSet<>();
        for (int i = 0; i < dc.getEntryCount(); i++) {
            DirCacheEntry e = dc.getEntry(i);
            if (e.getStage() == DirCacheEntry.STAGE_0) entries.put(e.getPathString(), e);
            else conflicts.add(e.getPathString());
        }
        indexSnapshot = snapshot;
        indexEntries = entries;
        unmerged = conflicts;
    }

    /** Of these untracked paths, the ones .gitignore (or .git/info/exclude) leaves out. */
    private Set<String> ignored(List<String> untracked) throws IOException {
        Set<String> ignored = new HashSet<>();
        if (untracked.isEmpty()) return ignored;
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(new FileTreeIterator(repo));
            walk.setRecursive(true);
            walk.setFilter(PathFilterGroup.createFromStrings(untracked));
            while (walk.next()) {
                WorkingTreeIterator it = walk.getTree(0, WorkingTreeIterator.class);
                if (it != null && it.isEntryIgnored()) ignored.add(walk.getPathString());
            }
        }
        return ignored;
    }

    /** True when git would change content between the index and the working tree (line endings, filters). */
    private boolean needsFilters() throws IOException {
        String autocrlf = repo.getConfig().getString(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF);
        if (autocrlf != null && !autocrlf.equalsIgnoreCase("false")) return true;
        for (Path attributes : List.of(workTree.resolve(Constants.DOT_GIT_ATTRIBUTES), repo.getDirectory().toPath().resolve("info/attributes"))) {
            if (!Files.isRegularFile(attributes)) continue;
            String text = Files.readString(attributes).toLowerCase(Locale.ROOT);
            for (String word : List.of("text", "eol", "filter", "crlf", "ident", "working-tree-encoding")) {
                if (text.matches("(?s).*(^|[\\s!-])" + word + "([\\s=].*|$)")) return true;
            }
        }
        return false;
    }

    /**
     * JGit's tree walk of {@code tree} (HEAD, or any commit's tree; null for none) against the working tree, with git's
     * filters applied to the content: the slower way, for filtered content and for comparing with another commit.
     */
    synchronized List<PathChange> scanAgainst(ObjectId tree, String prefix) throws IOException {
        loadIndex();
        List<PathChange> changes = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repo)) {
            int head = tree == null ? walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator()) : walk.addTree(tree);
            DirCache dc = DirCache.read(repo.getIndexFile(), repo.getFS());
            int index = walk.addTree(new DirCacheIterator(dc));
            FileTreeIterator files = new FileTreeIterator(repo);
            int wt = walk.addTree(files);
            files.setDirCacheIterator(walk, index);
            walk.setRecursive(true);
            if (!prefix.isEmpty()) walk.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
            Set<String> seen = new HashSet<>();
            while (walk.next()) {
                String path = walk.getPathString();
                if (!seen.add(path)) continue; // the stages of an unmerged path
                boolean conflicted = unmerged.contains(path);
                WorkingTreeIterator w = walk.getTree(wt, WorkingTreeIterator.class);
                if (w != null && walk.getTree(index, DirCacheIterator.class) == null && w.isEntryIgnored()) continue;
                ObjectId headId = walk.getFileMode(head) == FileMode.MISSING ? null : walk.getObjectId(head);
                ObjectId workId = w == null ? null : w.getEntryObjectId();
                if (conflicted || (workId == null ? headId != null : !workId.equals(headId))) {
                    changes.add(new PathChange(path, headId, workId, conflicted));
                }
            }
        }
        return changes;
    }
}
