package dev.pipewright.studio.author;

import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.manage.DatasetShapes;
import dev.pipewright.core.manage.ResourceOperations;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.refs.Reference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Factory Resources' operations, as ADF Studio has them: New pipeline, New dataset (type, linked service), Rename
 * (showing what will change), Clone and Delete (refused while used, listing the users). Each is one command on the
 * hub's own undo history; the tree and the open editors follow. Files change on disk only when saved.
 */
public final class ResourcesViewModel {
    private final ReadOnlyObjectProperty<Factory> factory;
    private final EditorsViewModel editors;
    private final ResourceTreeViewModel tree;
    private final EditStack stack = new EditStack();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper(this, "undoLabel", "");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    public ResourcesViewModel(ReadOnlyObjectProperty<Factory> factory, EditorsViewModel editors, ResourceTreeViewModel tree) {
        this.factory = factory;
        this.editors = editors;
        this.tree = tree;
        stack.addListener(() -> {
            canUndo.set(stack.canUndo());
            undoLabel.set(stack.undoLabel().map(l -> "Undo " + l).orElse("Undo"));
        });
        factory.addListener((o, old, now) -> {
            stack.clear(); // the history belongs to the factory that was open
            status.set("");
        });
    }

    private Factory factory() {
        Factory f = factory.get();
        if (f == null) throw new EditRefusedException("No factory is open");
        return f;
    }

    /** New pipeline: {@code pipeline1} (or the next free number), opened in its editor. */
    public String newPipeline() {
        String name = ResourceOperations.uniqueName(factory(), ResourceKind.PIPELINE, ResourceOperations.baseName(ResourceKind.PIPELINE));
        run(ResourceOperations.create(factory(), ResourceKind.PIPELINE, ResourceOperations.newPipeline(name)), ResourceKind.PIPELINE, name);
        return name;
    }

    /** New trigger: {@code trigger1} (or the next free number), a stopped daily schedule from now, opened in its editor. */
    public String newTrigger() {
        String name = ResourceOperations.uniqueName(factory(), ResourceKind.TRIGGER, ResourceOperations.baseName(ResourceKind.TRIGGER));
        run(ResourceOperations.create(factory(), ResourceKind.TRIGGER, dev.pipewright.core.trigger.NewTrigger.schedule(name, java.time.Instant.now())),
                ResourceKind.TRIGGER, name);
        return name;
    }

    /** The name New dataset proposes for a type: the type and a number, as ADF does ({@code DelimitedText1}). */
    public String proposedDatasetName(String datasetType) {
        return ResourceOperations.uniqueName(factory(), ResourceKind.DATASET, datasetType);
    }

    /** Dataset types New dataset offers: those the factory's linked services serve (all known ones when none). */
    public List<String> datasetTypes() {
        List<String> types = new ArrayList<>();
        for (LinkedService ls : LinkedService.all(factory())) {
            for (String t : DatasetShapes.datasetTypesFor(ls.type())) if (!types.contains(t)) types.add(t);
        }
        if (types.isEmpty()) {
            types.addAll(DatasetShapes.FILE_FORMATS);
            types.addAll(DatasetShapes.TABLES.values());
        }
        return types;
    }

    /**
     * New dataset's first step, as ADF's: the data stores a dataset can be made for (linked service types), those the
     * factory has linked services of first.
     */
    public List<String> dataStores() {
        List<String> stores = new ArrayList<>();
        for (LinkedService ls : LinkedService.all(factory())) {
            if (!DatasetShapes.datasetTypesFor(ls.type()).isEmpty() && !stores.contains(ls.type())) stores.add(ls.type());
        }
        for (String t : DatasetShapes.LOCATIONS.keySet().stream().sorted().toList()) if (!stores.contains(t)) stores.add(t);
        for (String t : DatasetShapes.TABLES.keySet()) if (!stores.contains(t)) stores.add(t);
        return stores;
    }

    /** New dataset's second step: the formats of a file store, or a database's one table type. */
    public List<String> formatsOf(String store) {
        return DatasetShapes.datasetTypesFor(store);
    }

    /** The factory's linked services of a data store type. */
    public List<String> linkedServicesOfStore(String store) {
        return LinkedService.all(factory()).stream().filter(ls -> ls.type().equalsIgnoreCase(store)).map(LinkedService::name).toList();
    }

    /** The factory's linked services that can hold a dataset of {@code datasetType}. */
    public List<String> linkedServicesFor(String datasetType) {
        List<String> types = DatasetShapes.linkedServiceTypesFor(datasetType);
        return LinkedService.all(factory()).stream().filter(ls -> types.contains(ls.type())).map(LinkedService::name).toList();
    }

    /** New dataset of a type on a linked service; null when done, else why not. */
    public String newDataset(String name, String datasetType, String linkedService) {
        Optional<LinkedService> ls = LinkedService.all(factory()).stream().filter(l -> l.name().equalsIgnoreCase(linkedService)).findFirst();
        if (ls.isEmpty()) return "Choose a linked service";
        try {
            run(ResourceOperations.create(factory(), ResourceKind.DATASET,
                    DatasetShapes.newDataset(name, datasetType, ls.get().name(), ls.get().type())), ResourceKind.DATASET, name);
            return null;
        } catch (EditRefusedException e) {
            return e.getMessage();
        }
    }

    /** Why a name cannot be used (ADF's rules, names taken), empty when it can. */
    public List<Problem> checkName(ResourceKind kind, String name, ResourceEntry renaming) {
        return ResourceOperations.checkName(factory(), kind, name, renaming == null ? null : id(renaming));
    }

    /** What renaming would change (see {@link ResourceOperations.RenamePlan#changes()}), or why it cannot. */
    public ResourceOperations.RenamePlan planRename(ResourceEntry entry, String newName) {
        return ResourceOperations.planRename(factory(), id(entry), newName);
    }

    /**
     * Renames as one undoable edit. Both ways, the canvas positions of a renamed pipeline follow its name (ADF's JSON
     * has none; the workspace store keeps them by name), and the open editors of the resources whose references it
     * rewrote forget their edit history: an edit recorded before would undo to the old name.
     */
    public void rename(ResourceOperations.RenamePlan plan, ResourceEntry entry, String newName) {
        ResourceKind kind = entry.category().kind();
        String oldName = entry.name();
        Set<ResourceId> users = plan.references().stream().map(Reference::from).collect(Collectors.toSet());
        EditCommand rename = plan.command();
        run(new EditCommand() {
            @Override
            public String label() {
                return rename.label();
            }

            @Override
            public void execute() {
                rename.execute();
                editors.renamed(kind, oldName, newName, users);
            }

            @Override
            public void undo() {
                rename.undo();
                editors.renamed(kind, newName, oldName, users);
            }
        }, kind, newName);
    }

    /** Open (from the context menu): the resource's editor. */
    public void open(ResourceEntry entry) {
        editors.open(entry);
    }

    public void duplicate(ResourceEntry entry) {
        EditCommand clone = ResourceOperations.duplicate(factory(), id(entry));
        String label = clone.label();
        run(clone, entry.category().kind(), label.substring(label.lastIndexOf(' ') + 1));
    }

    /** The resources that keep {@code entry} from being deleted; empty when it can go. */
    public List<String> usedBy(ResourceEntry entry) {
        return ResourceOperations.usedBy(factory(), id(entry)).stream().map(ResourceId::toString).toList();
    }

    /** Deletes; null when done, else ADF's refusal listing the users. */
    public String delete(ResourceEntry entry) {
        try {
            run(ResourceOperations.delete(factory(), id(entry)), null, null);
            return null;
        } catch (EditRefusedException e) {
            status.set(e.getMessage());
            return e.getMessage();
        }
    }

    public void undo() {
        if (!stack.canUndo()) {
            status.set("Nothing to undo");
            return;
        }
        String label = stack.undoLabel().orElse("");
        try {
            stack.undo();
            status.set("Undone: " + label);
        } catch (EditRefusedException | IllegalArgumentException e) {
            status.set("Not undone: " + e.getMessage());
        }
        refresh(null, null);
    }

    private void run(EditCommand command, ResourceKind select, String name) {
        stack.execute(command);
        String save = command.label().startsWith("Delete") ? " — Save all (Ctrl+Shift+S) removes its file" : " — not saved yet";
        status.set(command.label() + save);
        refresh(select, name);
    }

    /** Shows the factory again in the tree (selecting and opening {@code name}) and tells the open editors. */
    private void refresh(ResourceKind kind, String name) {
        editors.resourcesChanged();
        tree.show(factory.get());
        if (kind == null) return;
        for (ResourceCategory c : ResourceCategory.values()) {
            if (c.kind() != kind) continue;
            factory.get().get(kind, name).ifPresent(r -> tree.selectedProperty().set(ResourceEntry.of(c, r)));
        }
    }

    private static ResourceId id(ResourceEntry entry) {
        return ResourceId.of(entry.category().kind(), entry.name());
    }

    /** The last operation, its refusal, or its undo. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** "Undo Rename dataset A to B", for the menu item. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }
}
