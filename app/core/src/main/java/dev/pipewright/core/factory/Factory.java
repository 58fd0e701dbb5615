package dev.pipewright.core.factory;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.problem.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ADF factory as read from a git root: its resources, its root config files
 * ({@code publish_config.json}, {@code arm-template-parameters-definition.json}), the problems found while
 * reading, and the files that could not be read (which saving never touches).
 */
public final class Factory {
    public static final String PUBLISH_CONFIG = "publish_config.json";
    public static final String ARM_PARAMETERS_DEFINITION = "arm-template-parameters-definition.json";

    private final Path root;
    private final Map<ResourceId, Resource> resources = new LinkedHashMap<>();
    private final Map<String, FactoryFile> configFiles = new LinkedHashMap<>();
    private final List<Problem> loadProblems = new ArrayList<>();
    private final Set<String> unreadableFiles = new LinkedHashSet<>();
    private final Set<String> filesToDelete = new LinkedHashSet<>();
    /** Removed resources by the file they had, until a save deletes it. */
    private final Map<String, Resource> removed = new LinkedHashMap<>();
    /**
     * Of {@link #filesToDelete}, the paths of resources removed before any save gave them a file: a save still
     * deletes the file should a background save have just written it, but they are not unsaved changes.
     */
    private final Set<String> neverSaved = new LinkedHashSet<>();

    public Factory(Path root) {
        this.root = root;
    }

    /** Reads the factory at {@code root}; never throws for bad files (see {@link #loadProblems()}). */
    public static Factory load(Path root) {
        return new FactoryReader(root).read();
    }

    public Path root() {
        return root;
    }

    public Collection<Resource> resources() {
        return Collections.unmodifiableCollection(resources.values());
    }

    public List<Resource> resources(ResourceKind kind) {
        List<Resource> list = new ArrayList<>();
        for (Resource r : resources.values()) {
            if (r.kind() == kind) list.add(r);
        }
        return list;
    }

    public Optional<Resource> get(ResourceId id) {
        return Optional.ofNullable(resources.get(id));
    }

    public Optional<Resource> get(ResourceKind kind, String name) {
        return get(new ResourceId(kind, name));
    }

    public boolean contains(ResourceId id) {
        return resources.containsKey(id);
    }

    /**
     * Adds a resource; fails if one with the same kind and name (ignoring case) exists. A removed resource added back
     * (undo of a delete) keeps its file: it is no longer deleted on the next save.
     */
    public void add(Resource resource) {
        ResourceId id = resource.id();
        if (resources.containsKey(id)) {
            throw new IllegalArgumentException("A " + id.kind().displayName() + " named '" + id.name() + "' already exists");
        }
        resources.put(id, resource);
        String path = resource.path() != null ? resource.path() : resource.canonicalPath();
        filesToDelete.remove(path);
        removed.remove(path);
        neverSaved.remove(path);
    }

    /**
     * Renames a resource in place (the same object, so open editors keep it): its {@code name} changes, it is saved
     * to {@code <folder>/<newName>.json} and the file it was read from is deleted by the save that writes the new
     * one. References to it are not changed here (see {@code ResourceOperations}). Fails when another resource of
     * the kind has the name (ignoring case); a change of case only is allowed.
     */
    public Resource rename(ResourceId id, String newName) {
        Resource resource = resources.get(id);
        if (resource == null) throw new IllegalArgumentException("There is no " + id.kind().displayName() + " named '" + id.name() + "'");
        if (resource.parentName() != null) throw new IllegalArgumentException("A " + id.kind().displayName() + " cannot be renamed");
        ResourceId target = new ResourceId(id.kind(), newName);
        if (!target.equals(id) && resources.containsKey(target)) {
            throw new IllegalArgumentException("A " + id.kind().displayName() + " named '" + newName + "' already exists");
        }
        Map<ResourceId, Resource> copy = new LinkedHashMap<>(resources);
        resources.clear();
        copy.forEach((key, value) -> resources.put(key.equals(id) ? target : key, value)); // keeps the order of the files
        resource.json().put("name", newName);
        if (resource.path() != null) {
            if (resource.movedFrom() == null) resource.movedFrom(resource.path());
            filesToDelete.add(resource.path());
            resource.path(null);
        }
        return resource;
    }

    /** Removes a resource; its file is deleted on the next save. */
    public Optional<Resource> remove(ResourceId id) {
        Resource removed = resources.remove(id);
        if (removed != null) {
            // a resource not saved yet may be on its way to disk (a save in the background): its file goes too
            String path = removed.path() != null ? removed.path() : removed.canonicalPath();
            filesToDelete.add(path);
            this.removed.put(path, removed);
            if (removed.path() == null) neverSaved.add(path);
        }
        return Optional.ofNullable(removed);
    }

    /**
     * The user keeps their version of files that another program changed or deleted on disk (they were asked):
     * saving them later replaces what is on disk instead of being refused as an overwrite.
     */
    public void keepOwnVersions(DiskChanges changes) {
        changes.digests().forEach((path, digest) -> DiskChanges.fileAt(this, path).ifPresent(f -> f.acceptDiskDigest(digest)));
        for (String path : changes.deleted()) DiskChanges.fileAt(this, path).ifPresent(f -> f.acceptDiskDigest(null));
    }

    public Map<String, FactoryFile> configFiles() {
        return Collections.unmodifiableMap(configFiles);
    }

    public Optional<FactoryFile> configFile(String fileName) {
        return Optional.ofNullable(configFiles.get(fileName));
    }

    /** Problems found while reading the root (parse errors, unknown files, name mismatches...). */
    public List<Problem> loadProblems() {
        return Collections.unmodifiableList(loadProblems);
    }

    /** Files that exist but could not be loaded; saving neither overwrites nor deletes them. */
    public Set<String> unreadableFiles() {
        return Collections.unmodifiableSet(unreadableFiles);
    }

    /** Files of removed resources, deleted on the next save. */
    Set<String> filesToDelete() {
        return filesToDelete;
    }

    /** A save deleted {@code path}: a removed resource that had it is no longer on disk, should it come back. */
    void fileDeleted(String path) {
        filesToDelete.remove(path);
        neverSaved.remove(path);
        Resource r = removed.remove(path);
        if (r != null) r.forgetSaved();
    }

    /** True when the file of the removed resource {@code id} waits to be deleted by a save. */
    public boolean removalPending(ResourceId id) {
        return !resources.containsKey(id) && removed.entrySet().stream()
                .anyMatch(e -> e.getValue().id().equals(id) && filesToDelete.contains(e.getKey()));
    }

    /** Files on disk that the next save deletes: of removed resources, and of renamed ones under their old name. */
    public Set<String> pendingDeletions() {
        Set<String> pending = new LinkedHashSet<>(filesToDelete);
        pending.removeAll(neverSaved);
        for (Resource r : resources.values()) {
            String path = r.path() != null ? r.path() : r.canonicalPath();
            pending.remove(path);
        }
        return Collections.unmodifiableSet(pending);
    }

    /** True when saving all would change something on disk: a changed or new file, or a file to delete. */
    public boolean hasUnsavedChanges() {
        return !modifiedFiles().isEmpty() || !pendingDeletions().isEmpty();
    }

    void putLoaded(Resource resource) {
        resources.put(resource.id(), resource);
    }

    /**
     * Sets the content of a config file at the root ({@link #ARM_PARAMETERS_DEFINITION}), creating it when the factory
     * has none; it is written by the next save of it ({@link FactoryWriter#saveConfig}) or of the factory.
     */
    public FactoryFile setConfig(String fileName, JsonNode content) {
        FactoryFile existing = configFiles.get(fileName);
        if (existing != null) {
            existing.replaceContent(content);
            return existing;
        }
        FactoryFile created = new FactoryFile(content, null, fileName.equals(PUBLISH_CONFIG) ? FactoryFile.Format.MINIFIED : FactoryFile.Format.PRETTY);
        configFiles.put(fileName, created);
        return created;
    }

    void putConfig(String fileName, FactoryFile file) {
        configFiles.put(fileName, file);
    }

    void addProblem(Problem problem) {
        loadProblems.add(problem);
    }

    void addUnreadable(String path) {
        unreadableFiles.add(path);
    }

    /** All resources and config files that differ from disk. */
    public List<FactoryFile> modifiedFiles() {
        List<FactoryFile> list = new ArrayList<>();
        for (Resource r : resources.values()) if (r.isModified()) list.add(r);
        for (FactoryFile f : configFiles.values()) if (f.isModified()) list.add(f);
        return list;
    }
}
