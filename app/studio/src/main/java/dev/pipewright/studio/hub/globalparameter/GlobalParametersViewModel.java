package dev.pipewright.studio.hub.globalparameter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.manage.Deletion;
import dev.pipewright.core.manage.GlobalParameterEditor;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.studio.hub.CommandStack;
import dev.pipewright.studio.hub.FactorySaver;
import dev.pipewright.studio.hub.ResourceCommand;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** Manage › Global parameters: editable rows of name, type and value; Apply checks them and saves the factory file. */
public final class GlobalParametersViewModel {
    /** One editable row. */
    public static final class Item {
        public final StringProperty name = new SimpleStringProperty(this, "name", "");
        public final StringProperty type = new SimpleStringProperty(this, "type", "string");
        public final StringProperty value = new SimpleStringProperty(this, "value", "");
        /** The name in the factory file when the row was read from it, else null. */
        private final String savedName;

        Item(GlobalParameterEditor.Row row, boolean saved) {
            savedName = saved ? row.name() : null;
            name.set(row.name());
            type.set(row.type());
            value.set(row.value());
        }

        GlobalParameterEditor.Row row() {
            return new GlobalParameterEditor.Row(name.get(), type.get(), value.get());
        }
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final CommandStack commands;
    private final FactorySaver saver;
    private Factory factory;

    public GlobalParametersViewModel(CommandStack commands, FactorySaver saver) {
        this.commands = commands;
        this.saver = saver;
    }

    public void show(Factory factory) {
        this.factory = factory;
        reload();
    }

    /** Shows the factory file's parameters again, dropping edits that were not applied. */
    public void reload() {
        problems.clear();
        items.setAll(factory == null ? List.of() : GlobalParameterEditor.rows(factory).stream().map(r -> new Item(r, true)).toList());
    }

    public Item add() {
        Item item = new Item(new GlobalParameterEditor.Row("gp_new" + (items.size() + 1), "string", ""), false);
        items.add(item);
        return item;
    }

    /**
     * Deletes a row. A parameter saved in the factory file is deleted from it at once (undoable), unless an expression
     * reads it: then it stays and why is in {@link #problems()}. A row never applied just goes.
     */
    public boolean remove(Item item) {
        String saved = item.savedName;
        if (saved == null || factory == null || GlobalParameterEditor.rows(factory).stream().noneMatch(r -> r.name().equals(saved))) {
            items.remove(item);
            return true;
        }
        var refusal = Deletion.globalParameterRefusal(factory, saved);
        if (refusal.isPresent()) {
            problems.setAll(refusal.get().message());
            return false;
        }
        List<GlobalParameterEditor.Row> rows = GlobalParameterEditor.rows(factory).stream().filter(r -> !r.name().equals(saved)).toList();
        String name = factory.root().getFileName() == null ? "factory" : factory.root().getFileName().toString();
        ObjectNode before = GlobalParameterEditor.apply(factory, rows, name);
        Resource file = factory.resources(ResourceKind.FACTORY).get(0);
        commands.execute(new ResourceCommand(factory, saver, ResourceKind.FACTORY, file.name(), before, file.json(),
                "Delete global parameter " + saved));
        items.remove(item);
        problems.clear();
        return true;
    }

    /** Checks the rows and saves them; false, with the findings in {@link #problems()}, when refused. */
    public boolean apply() {
        List<GlobalParameterEditor.Row> rows = items.stream().map(Item::row).toList();
        List<Problem> found = GlobalParameterEditor.check(rows);
        problems.setAll(found.stream().map(Problem::message).toList());
        if (!found.isEmpty()) return false;
        String name = factory.root().getFileName() == null ? "factory" : factory.root().getFileName().toString();
        ObjectNode before = GlobalParameterEditor.apply(factory, rows, name);
        Resource file = factory.resources(ResourceKind.FACTORY).get(0);
        commands.execute(new ResourceCommand(factory, saver, ResourceKind.FACTORY, file.name(), before, file.json(),
                "Edit global parameters (" + rows.size() + ")"));
        reload();
        return true;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ObservableList<String> problems() {
        return problems;
    }
}
