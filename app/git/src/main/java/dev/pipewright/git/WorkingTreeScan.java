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
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

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
    /** How many files the last scan had to read and hash (their stat data did not match the index). */
    private final java.util.concurrent.atomic.AtomicInteger hashed = new java.util.concurrent.atomic.AtomicInteger();

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
        hashed.set(0);
        restat.clear();
        Map<String, ObjectId> work = new HashMap<>();
        List<String> untracked = new ArrayList<>();
        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
        Path start = prefix.isEmpty() ? workTree : workTree.resolve(prefix);
        int rootLength = workTree.toString().length() + 1;
        for (FileState f : walk(start, rootLength, indexTime, monitor)) {
            if (f.untracked()) untracked.add(f.path());
            work.put(f.path(), f.id());
        }
        if (monitor.isCancelled()) throw Failures.cancelled();
        refreshIndex();
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

    /** A working-tree file: its blob id (null while untracked, hashed once known not to be ignored). */
    private record FileState(String path, ObjectId id, boolean untracked) {
    }

    /** A file whose stat data did not match its index entry although its content does: the entry gets the new stat data. */
    private record Restat(String path, ObjectId id, long size, Instant modified) {
    }

    private final List<Restat> restat = java.util.Collections.synchronizedList(new ArrayList<>());

    /**
     * The files under {@code start}, folder by folder: each folder's entries are listed, then stat'ed (and hashed where
     * the stat differs from the index) in parallel chunks, as git's preloaded index does, since one stat per file is
     * most of a status.
     */
    private List<FileState> walk(Path start, int rootLength, Instant indexTime, TaskMonitor monitor) throws IOException {
        List<FileState> files = new ArrayList<>();
        if (!Files.isDirectory(start)) return files;
        List<Path> level = List.of(start);
        while (!level.isEmpty()) {
            List<Path> next = new ArrayList<>();
            for (Path dir : level) {
                if (monitor.isCancelled()) throw Failures.cancelled();
                try (DirectoryStream<Path> list = Files.newDirectoryStream(dir)) {
                    List<Path> entries = new ArrayList<>();
                    for (Path p : list) entries.add(p);
                    int chunks = Math.max(1, Math.min(64, entries.size() / 256));
                    List<List<FileState>> found = new ArrayList<>();
                    List<List<Path>> folders = new ArrayList<>();
                    for (int c = 0; c < chunks; c++) {
                        found.add(new ArrayList<>());
                        folders.add(new ArrayList<>());
                    }
                    IntStream.range(0, chunks).parallel().forEach(c -> {
                        ObjectInserter.Formatter hasher = new ObjectInserter.Formatter();
                        for (int i = c; i < entries.size(); i += chunks) {
                            visit(entries.get(i), rootLength, indexTime, hasher, found.get(c), folders.get(c));
                        }
                    });
                    found.forEach(files::addAll);
                    folders.forEach(next::addAll);
                } catch (IOException e) {
                    // a folder that vanished or cannot be read: git skips it too
                }
            }
            level = next;
        }
        return files;
    }

    private void visit(Path entry, int rootLength, Instant indexTime, ObjectInserter.Formatter hasher, List<FileState> files, List<Path> folders) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) {
                String name = entry.getFileName().toString();
                if (!name.equals(Constants.DOT_GIT) && !Files.exists(entry.resolve(Constants.DOT_GIT))) folders.add(entry); // not a nested repository
                return;
            }
            if (!attrs.isRegularFile()) return;
            String path = entry.toString().substring(rootLength);
            if (File.separatorChar != '/') path = path.replace(File.separatorChar, '/');
            DirCacheEntry indexed = indexEntries.get(path);
            if (indexed == null) files.add(new FileState(path, null, !unmerged.contains(path)));
            else if (statClean(indexed, attrs, indexTime)) files.add(new FileState(path, indexed.getObjectId(), false));
            else {
                hashed.incrementAndGet();
                ObjectId id = hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(entry));
                if (id.equals(indexed.getObjectId())) restat.add(new Restat(path, id, attrs.size(), attrs.lastModifiedTime().toInstant()));
                files.add(new FileState(path, id, false));
            }
        } catch (IOException e) {
            // vanished while walking
        }
    }

    /**
     * Writes the stat data of files read and found unchanged into the index, as git status does, so the next scan
     * trusts them again (files checked out in the same clock tick as the index was written stay "racily clean" until
     * then). Skipped when another program holds the index lock: it is only a cache.
     */
    private void refreshIndex() {
        if (restat.isEmpty()) return;
        DirCache dc;
        try {
            dc = repo.lockDirCache();
        } catch (IOException e) {
            return;
        }
        try {
            boolean changed = false;
            for (Restat r : restat) {
                DirCacheEntry e = dc.getEntry(r.path());
                if (e == null || e.getStage() != DirCacheEntry.STAGE_0 || !e.getObjectId().equals(r.id())) continue; // changed meanwhile
                e.setLength(r.size());
                e.setLastModified(r.modified());
                changed = true;
            }
            if (changed) {
                dc.write();
                dc.commit();
            }
        } catch (IOException e) {
            // a cache: the next scan reads the files again
        } finally {
            dc.unlock();
        }
    }

    int hashedLastScan() {
        return hashed.get();
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
