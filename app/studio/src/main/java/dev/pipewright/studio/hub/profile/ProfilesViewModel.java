package dev.pipewright.studio.hub.profile;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.environment.ProfileDocument;
import dev.pipewright.runtime.environment.ProfileFolder;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.studio.hub.HubServices;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Manage › Environment profiles: the profiles beside the factory ({@link ProfileFolder}) and the active one wherever it
 * is (listed by its full path when it is not in that folder, as {@code --env=FILE} may make it), the selected one's
 * factory region and mode and its linked services' region, network and local stand-in; Save checks the profile
 * as {@code resolve --env} does; "Use" makes it the active profile (placement, Synapse mode). File reads and
 * writes run as tasks on the hub's I/O thread.
 */
public final class ProfilesViewModel {
    /** One editable linked-service row. */
    public static final class Item {
        public final StringProperty name = new SimpleStringProperty(this, "name", "");
        public final StringProperty region = new SimpleStringProperty(this, "region", "");
        public final StringProperty network = new SimpleStringProperty(this, "network", "public");
        public final StringProperty localEndpoint = new SimpleStringProperty(this, "localEndpoint", "");

        Item(ProfileDocument.LinkedServiceEntry e) {
            name.set(e.name());
            region.set(e.region());
            network.set(e.network());
            localEndpoint.set(e.localEndpoint());
        }

        ProfileDocument.LinkedServiceEntry entry() {
            return new ProfileDocument.LinkedServiceEntry(name.get(), region.get(), network.get(), localEndpoint.get());
        }
    }

    public final StringProperty factoryName = new SimpleStringProperty(this, "factoryName", "");
    public final StringProperty region = new SimpleStringProperty(this, "region", "");
    public final StringProperty mode = new SimpleStringProperty(this, "mode", "DataFactory");
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final ObservableList<Item> linkedServices = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper open = new ReadOnlyStringWrapper(this, "open", "");
    private static final String NO_PROFILE = "none (everything public, Data Factory)";
    private final ReadOnlyStringWrapper active = new ReadOnlyStringWrapper(this, "active", NO_PROFILE);
    private final HubServices services;
    private Path folder;
    private List<Path> listed = List.of();
    private ProfileDocument document;

    public ProfilesViewModel(HubServices services) {
        this.services = services;
        // the active profile can also change at start-up or when a factory opens (ProfileKeeper)
        services.profileProperty().addListener((o, was, now) -> {
            active.set(describe(now));
            listFiles();
        });
        active.set(describe(services.profileProperty().get()));
    }

    private static String describe(EnvironmentProfile profile) {
        if (profile == null || profile.source().file() == null) return NO_PROFILE;
        return Path.of(profile.source().file()).getFileName() + " (" + profile.mode().label() + ", "
                + profile.factoryRegion().orElse("region from the factory") + ")";
    }

    private <T> Task<T> run(Callable<T> work, Consumer<T> then) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> then.accept(task.getValue()));
        task.setOnFailed(e -> problems.setAll(String.valueOf(task.getException().getMessage())));
        services.executor().execute(task);
        return task;
    }

    /** Lists the profiles beside {@code factoryRoot} (null: none). */
    public Task<List<Path>> show(Path factoryRoot) {
        folder = factoryRoot == null ? null : ProfileFolder.of(factoryRoot);
        document = null;
        open.set("");
        listed = List.of();
        listFiles();
        Path shown = folder;
        return run(() -> shown == null ? List.of() : ProfileFolder.profiles(shown), list -> {
            if (shown != folder) return; // another factory was shown meanwhile
            listed = list;
            listFiles();
        });
    }

    /** The folder's profiles by file name, then the active profile by its full path when it is not one of them. */
    private void listFiles() {
        List<String> names = new ArrayList<>(listed.stream().map(p -> p.getFileName().toString()).toList());
        EnvironmentProfile profile = services.profileProperty().get();
        if (profile != null && profile.source().file() != null) {
            Path file = Path.of(profile.source().file()).toAbsolutePath().normalize();
            if (folder == null || !folder.toAbsolutePath().normalize().equals(file.getParent())) names.add(file.toString());
        }
        if (!names.equals(files)) files.setAll(names);
    }

    /** A listed profile's file: a name in the profile folder, or the full path of one elsewhere. */
    private Path fileOf(String listedName) {
        return folder == null ? Path.of(listedName) : folder.resolve(listedName);
    }

    public Task<ProfileDocument> open(String file) {
        Path path = fileOf(file);
        return run(() -> ProfileDocument.read(path), doc -> {
            document = doc;
            open.set(file);
            factoryName.set(doc.factoryName());
            region.set(doc.factoryRegion());
            mode.set(doc.mode());
            linkedServices.setAll(doc.linkedServiceEntries().stream().map(Item::new).toList());
            problems.clear();
        });
    }

    /** Starts a new profile file {@code name}.json for the factory, in Data Factory mode. */
    public void create(String name, String factory, String factoryRegion) {
        String file = name.endsWith(".json") ? name : name + ".json";
        document = ProfileDocument.create(folder.resolve(file), factory, factoryRegion);
        open.set(file);
        factoryName.set(factory);
        region.set(factoryRegion);
        mode.set("DataFactory");
        linkedServices.clear();
        problems.clear();
    }

    public Item addLinkedService(String name) {
        Item item = new Item(new ProfileDocument.LinkedServiceEntry(name, "", "public", ""));
        linkedServices.add(item);
        return item;
    }

    /** Copies the form into the document and checks it; the findings are in {@link #problems()}. */
    private ProfileReader.Result check() {
        document.setFactory(factoryName.get(), region.get(), mode.get());
        for (ProfileDocument.LinkedServiceEntry existing : document.linkedServiceEntries()) {
            if (linkedServices.stream().noneMatch(i -> i.name.get().equals(existing.name()))) document.removeLinkedService(existing.name());
        }
        try {
            for (Item item : linkedServices) document.setLinkedService(item.entry());
        } catch (IllegalArgumentException e) {
            problems.setAll(e.getMessage());
            return new ProfileReader.Result(null, List.of());
        }
        ProfileReader.Result result = document.check();
        problems.setAll(result.problems().stream().map(Problem::toString).toList());
        return result;
    }

    /** Checks and writes the profile; returns the task, or null when the check refused it. */
    public Task<Boolean> save() {
        if (document == null || !check().ok()) return null;
        ProfileDocument doc = document;
        return run(doc::save, written -> {
            problems.setAll(written ? List.of() : List.of("No change to save"));
            if (!files.contains(open.get())) files.add(open.get());
        });
    }

    /** Makes the open profile the active one (after the same check); false when it has errors. */
    public boolean activate() {
        if (document == null) return false;
        ProfileReader.Result result = check();
        if (!result.ok()) return false;
        services.profileProperty().set(result.profile());
        return true;
    }

    /** Back to no profile: everything public, Data Factory mode. */
    public void deactivate() {
        services.profileProperty().set(EnvironmentProfile.defaults());
    }

    public ObservableList<String> files() {
        return files;
    }

    public ObservableList<Item> linkedServices() {
        return linkedServices;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty activeProperty() {
        return active.getReadOnlyProperty();
    }
}
