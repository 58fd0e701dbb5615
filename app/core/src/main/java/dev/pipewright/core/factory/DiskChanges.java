package dev.pipewright.core.factory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What other programs (an editor, a {@code git pull} in a terminal, another studio) changed in a factory's root since
 * the factory was read or last saved: files whose bytes differ from what was read or written, resource files that
 * appeared, and files that are gone. Paths are relative to the root with forward slashes, sorted.
 * <p>Take a {@link #snapshot(Factory)} on the thread that edits the factory (it is cheap), then {@link Snapshot#scan()}
 * anywhere (it reads the files).
 *
 * @param digests the digests of the changed files as found (what {@link Factory#keepOwnVersions} accepts)
 */
public record DiskChanges(List<String> changed, List<String> added, List<String> deleted, Map<String, byte[]> digests) {
    public DiskChanges {
        changed = List.copyOf(changed);
        added = List.copyOf(added);
        deleted = List.copyOf(deleted);
        digests = Map.copyOf(digests);
    }

    /** What a scan compares against: the known files with their paths, and the paths that are no outside change. */
    public record Snapshot(Path root, Map<String, FactoryFile> known, Set<String> ignored) {
        public DiskChanges scan() {
            return DiskChanges.scan(this);
        }
    }

    public boolean isEmpty() {
        return changed.isEmpty() && added.isEmpty() && deleted.isEmpty();
    }

    /** Every path that changed in any way, in the order changed, added, deleted. */
    public List<String> all() {
        List<String> all = new ArrayList<>(changed);
        all.addAll(added);
        all.addAll(deleted);
        return all;
    }

    /** The files with unsaved edits here among those changed or deleted on disk (they need the user's word). */
    public List<String> unsavedAmong(Factory factory) {
        List<String> unsaved = new ArrayList<>();
        for (String path : changedOrDeleted()) {
            fileAt(factory, path).filter(FactoryFile::isModified).ifPresent(f -> unsaved.add(path));
        }
        return unsaved;
    }

    private List<String> changedOrDeleted() {
        List<String> paths = new ArrayList<>(changed);
        paths.addAll(deleted);
        return paths;
    }

    static java.util.Optional<FactoryFile> fileAt(Factory factory, String path) {
        for (Resource r : factory.resources()) {
            if (path.equals(r.path())) return java.util.Optional.of(r);
        }
        return factory.configFiles().values().stream().filter(f -> path.equals(f.path())).findFirst();
    }

    /** What to compare the disk against; call it on the thread that edits {@code factory}. */
    public static Snapshot snapshot(Factory factory) {
        Map<String, FactoryFile> known = new HashMap<>();
        for (Resource r : factory.resources()) {
            if (r.path() != null && r.knowsDiskState()) known.put(r.path(), r);
        }
        for (FactoryFile f : factory.configFiles().values()) {
            if (f.path() != null && f.knowsDiskState()) known.put(f.path(), f);
        }
        Set<String> ignored = new HashSet<>(known.keySet());
        ignored.addAll(factory.unreadableFiles());
        ignored.addAll(factory.filesToDelete());
        for (Resource r : factory.resources()) {
            if (r.path() == null) ignored.add(r.canonicalPath()); // a new resource's own first save is no outside change
        }
        return new Snapshot(factory.root(), known, ignored);
    }

    /**
     * Compares the files on disk with what was last read or written. Reads each known file once: its digest is
     * compared, not its time stamp, so a checkout that rewrites a file with the same bytes is no change.
     */
    private static DiskChanges scan(Snapshot snapshot) {
        List<String> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        Map<String, byte[]> digests = new HashMap<>();
        snapshot.known().entrySet().parallelStream().forEach(e -> {
            byte[] bytes = readOrNull(snapshot.root().resolve(e.getKey()));
            boolean differs = bytes != null && e.getValue().differsFromDisk(bytes);
            byte[] digest = differs ? FactoryFile.digest(bytes) : null;
            synchronized (digests) {
                if (bytes == null) deleted.add(e.getKey());
                if (differs) {
                    changed.add(e.getKey());
                    digests.put(e.getKey(), digest);
                }
            }
        });
        List<String> added = new ArrayList<>();
        for (String path : resourceFiles(snapshot.root())) {
            if (!snapshot.ignored().contains(path)) added.add(path);
        }
        changed.sort(null);
        deleted.sort(null);
        added.sort(null);
        return new DiskChanges(changed, added, deleted, digests);
    }

    /** The JSON files in the resource folders of {@code root} (the layout the reader loads). */
    private static List<String> resourceFiles(Path root) {
        List<String> paths = new ArrayList<>();
        for (Path folder : list(root)) {
            String name = folder.getFileName().toString();
            if (!Files.isDirectory(folder) || ResourceKind.forFolder(name).isEmpty()) continue;
            for (Path entry : list(folder)) {
                String fileName = entry.getFileName().toString();
                if (ResourceKind.forFolder(name).get() == ResourceKind.MANAGED_VIRTUAL_NETWORK && Files.isDirectory(entry)) {
                    for (Path endpoint : list(entry.resolve("managedPrivateEndpoint"))) {
                        if (isJsonFile(endpoint)) {
                            paths.add(name + "/" + fileName + "/managedPrivateEndpoint/" + endpoint.getFileName());
                        }
                    }
                } else if (isJsonFile(entry)) {
                    paths.add(name + "/" + fileName);
                }
            }
        }
        return paths;
    }

    private static boolean isJsonFile(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") && Files.isRegularFile(p);
    }

    private static List<Path> list(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static byte[] readOrNull(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            return null;
        }
    }
}
