package dev.pipewright.core.factory;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes factories in ADF's exact format. {@link #save} writes only what changed, atomically, and never
 * touches a file that could not be read; {@link #export} writes a complete canonical copy elsewhere.
 */
public final class FactoryWriter {

    /** What a save or export did. */
    public record Result(List<String> written, List<String> unchanged, List<String> deleted, List<Problem> problems) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private FactoryWriter() {
    }

    /** Saves changed and new resources of {@code factory} into its root and deletes removed ones. */
    public static Result save(Factory factory) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        for (Resource r : factory.resources()) {
            String path = r.path() != null ? r.path() : r.canonicalPath();
            saveOne(factory, r, path, r.id().toString(), written, unchanged, problems);
            targets.add(path);
        }
        for (var e : factory.configFiles().entrySet()) {
            String path = e.getValue().path() != null ? e.getValue().path() : e.getKey();
            saveOne(factory, e.getValue(), path, null, written, unchanged, problems);
            targets.add(path);
        }
        for (String path : List.copyOf(factory.filesToDelete())) {
            if (targets.contains(path) || factory.unreadableFiles().contains(path)) {
                factory.filesToDelete().remove(path);
                continue;
            }
            delete(factory, path, targets, deleted, problems);
        }
        for (Resource r : factory.resources()) {
            if (r.path() != null) r.movedFrom(null); // written under its new name; a failed delete stays pending
        }
        return new Result(written, unchanged, deleted, problems);
    }

    /** Saves one resource of {@code factory} when it changed (the studio's Save of one open editor). */
    public static Result save(Factory factory, Resource resource) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        String path = resource.path() != null ? resource.path() : resource.canonicalPath();
        saveOne(factory, resource, path, resource.id().toString(), written, unchanged, problems);
        String old = resource.movedFrom();
        if (old != null && problems.isEmpty()) {
            // a renamed resource: its file moves now (unless another resource is saved to that name meanwhile)
            boolean taken = factory.resources().stream().anyMatch(r -> r != resource && old.equals(r.path() != null ? r.path() : r.canonicalPath()));
            if (old.equals(path) || taken || factory.unreadableFiles().contains(old)) {
                factory.filesToDelete().remove(old);
            } else {
                delete(factory, old, List.of(path), deleted, problems);
            }
            if (problems.isEmpty()) resource.movedFrom(null);
        }
        return new Result(written, unchanged, deleted, problems);
    }

    /** Saves one config file at the root (the ARM parameter definition edited in the Manage hub), and nothing else. */
    public static Result saveConfig(Factory factory, String fileName) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        factory.configFile(fileName).ifPresent(file -> saveOne(factory, file, file.path() != null ? file.path() : fileName, null,
                written, unchanged, problems));
        return new Result(written, unchanged, List.of(), problems);
    }

    /** Saves what an edit of the resource {@code id} changed, and nothing else (see {@link #save(Factory, Collection)}). */
    public static Result save(Factory factory, ResourceId id) {
        return save(factory, List.of(id));
    }

    /**
     * Saves the named resources only (an edit in the Manage hub, which ADF commits right away, must not write what
     * the Author hub has not saved yet): each one that exists is written when it changed; the file of one that was
     * removed is deleted.
     */
    public static Result save(Factory factory, Collection<ResourceId> ids) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (ResourceId id : ids) {
            var resource = factory.get(id);
            if (resource.isPresent()) {
                Result r = save(factory, resource.get());
                written.addAll(r.written());
                unchanged.addAll(r.unchanged());
                deleted.addAll(r.deleted());
                problems.addAll(r.problems());
                continue;
            }
            String file = id.kind().folder() + "/" + id.name() + ".json";
            for (String path : List.copyOf(factory.filesToDelete())) {
                if (path.equalsIgnoreCase(file) && !factory.unreadableFiles().contains(path)) delete(factory, path, List.of(), deleted, problems);
            }
        }
        return new Result(written, unchanged, deleted, problems);
    }

    /**
     * Deletes {@code path} of the factory root, unless it is the same file as one just written (a rename that only
     * changes case, on a file system that ignores case).
     */
    private static void delete(Factory factory, String path, List<String> targets, List<String> deleted, List<Problem> problems) {
        Path file = factory.root().resolve(path);
        try {
            for (String target : targets) {
                Path written = factory.root().resolve(target);
                if (target.equalsIgnoreCase(path) && Files.exists(file) && Files.exists(written) && Files.isSameFile(file, written)) {
                    factory.filesToDelete().remove(path);
                    return;
                }
            }
            if (Files.deleteIfExists(file)) deleted.add(path);
            factory.fileDeleted(path);
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.WRITE_FAILED, null, path, 0, 0,
                    "Could not delete the file of a removed or renamed resource: " + e.getMessage(), "Delete it by hand"));
        }
    }

    private static void saveOne(Factory factory, FactoryFile file, String path, String resource,
                                List<String> written, List<String> unchanged, List<Problem> problems) {
        if (!file.isModified()) {
            unchanged.add(path);
            return;
        }
        if (factory.unreadableFiles().contains(path)) {
            problems.add(Problem.of(ProblemCode.WRITE_FAILED, resource, path, 0, 0,
                    "Not saved: '" + path + "' exists but could not be read, and saving would overwrite it",
                    "Fix or remove the broken file first, or give the resource another name"));
            return;
        }
        byte[] bytes = file.canonicalBytes();
        try {
            Path target = factory.root().resolve(path);
            if (path.equals(file.path()) && file.knowsDiskState() && Files.isRegularFile(target)
                    && file.differsFromDisk(Files.readAllBytes(target))) {
                problems.add(Problem.of(ProblemCode.CHANGED_ON_DISK, resource, path, 0, 0,
                        "Not saved: '" + path + "' was changed on disk by another program since it was read, and saving would overwrite that change",
                        "Reload the factory to take the version on disk, or confirm that your version replaces it and save again"));
                return;
            }
            writeAtomically(target, bytes);
            file.path(path);
            file.markSaved(bytes);
            file.markOnDisk(bytes);
            written.add(path);
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.WRITE_FAILED, resource, path, 0, 0,
                    "Could not write the file: " + e.getMessage(), "Check free space and permissions; nothing else was changed"));
        }
    }

    /**
     * Writes every resource and config file of {@code factory} under {@code outDir} in ADF's git layout
     * and canonical form. Files that could not be read are reported (they are in {@code factory.loadProblems()})
     * and not written. A file already holding exactly the right bytes is left untouched. Files are written
     * in parallel: an export is thousands of small, independent files.
     */
    public static Result export(Factory factory, Path outDir) {
        Map<String, FactoryFile> files = new LinkedHashMap<>();
        for (Resource r : factory.resources()) files.put(r.canonicalPath(), r);
        files.putAll(factory.configFiles());
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        List<String> unchanged = Collections.synchronizedList(new ArrayList<>());
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
        Map<Path, Path> folders = new ConcurrentHashMap<>();
        files.entrySet().parallelStream().forEach(e -> {
            String resource = e.getValue() instanceof Resource r ? r.id().toString() : null;
            exportOne(outDir, e.getKey(), e.getValue().canonicalBytes(), resource, folders, written, unchanged, problems);
        });
        return new Result(sorted(written), sorted(unchanged), List.of(), List.copyOf(problems));
    }

    private static List<String> sorted(List<String> paths) {
        List<String> copy = new ArrayList<>(paths);
        Collections.sort(copy);
        return copy;
    }

    private static void exportOne(Path outDir, String path, byte[] bytes, String resource, Map<Path, Path> folders,
                                  List<String> written, List<String> unchanged, List<Problem> problems) {
        Path target = outDir.resolve(path);
        try {
            createFolderOnce(target.getParent(), folders);
            if (!Files.exists(target)) {
                writeNew(target, bytes);
            } else if (Arrays.equals(Files.readAllBytes(target), bytes)) {
                unchanged.add(path);
                return;
            } else {
                writeAtomically(target, bytes);
            }
            written.add(path);
        } catch (IOException e) {
            problems.add(Problem.of(ProblemCode.WRITE_FAILED, resource, path, 0, 0,
                    "Could not write the exported file: " + e.getMessage(), "Check free space and permissions of the output folder"));
        }
    }

    /** Creates each folder once; other threads writing into it wait until it exists. */
    private static void createFolderOnce(Path folder, Map<Path, Path> created) throws IOException {
        try {
            created.computeIfAbsent(folder, f -> {
                try {
                    return Files.createDirectories(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A file that does not exist yet is written directly (no content can be lost); if it appeared meanwhile,
     * it is replaced atomically like any other.
     */
    private static void writeNew(Path target, byte[] bytes) throws IOException {
        try {
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            writeAtomically(target, bytes);
        }
    }

    /** Writes to a temporary file beside the target and moves it into place, keeping the file's mode (see AtomicFiles). */
    static void writeAtomically(Path target, byte[] bytes) throws IOException {
        AtomicFiles.write(target, bytes);
    }
}
