package dev.pipewright.core.factory;

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
    /** Files of removed resources, deleted on the next save, with the resource each belonged to. */
    private final Map<String, ResourceId> filesToDelete = new LinkedHashMap<>();

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

    /** Adds a resource; fails if one with the same kind and name (ignoring case) exists. */
    public void add(Resource resource) {
        ResourceId id = resource.id();
        if (resources.containsKey(id)) {
            throw new IllegalArgumentException("A " + id.kind().displayName() + " named '" + id.name() + "' already exists");
        }
        resources.put(id, resource);
    }

    /** Removes a resource; its file (or where it would have been saved) is deleted on the next save. */
    public Optional<Resource> remove(ResourceId id) {
        Resource removed = resources.remove(id);
        // a resource not saved yet may be on its way to disk (a save in the background): its file goes too
        if (removed != null) filesToDelete.put(removed.path() != null ? removed.path() : removed.canonicalPath(), removed.id());
        return Optional.ofNullable(removed);
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

    /** Files of removed resources, deleted on the next save, by path. */
    Map<String, ResourceId> filesToDelete() {
        return filesToDelete;
    }

    /** True when the file of a removed resource {@code id} waits to be deleted by the next save. */
    public boolean removalPending(ResourceId id) {
        return filesToDelete.containsValue(id);
    }

    void putLoaded(Resource resource) {
        resources.put(resource.id(), resource);
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
