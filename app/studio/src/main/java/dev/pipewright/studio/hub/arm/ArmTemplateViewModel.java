package dev.pipewright.studio.hub.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.arm.ParameterDefinition;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.problem.Problem;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Manage › ARM template › Edit parameter configuration: the factory's {@code arm-template-parameters-definition.json},
 * or ADF's default template as its start when it has none. {@link #check} finds the problems of the text (JSON syntax
 * and the rules' form, at line and column); {@link #save} writes it in ADF's format when it has no errors, and only it.
 */
public final class ArmTemplateViewModel {
    private final ObservableValue<Factory> factory;
    private final Executor io;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper custom = new ReadOnlyBooleanWrapper(this, "custom");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();

    public ArmTemplateViewModel(ObservableValue<Factory> factory, Executor io) {
        this.factory = factory;
        this.io = io;
        factory.addListener((obs, old, now) -> reload());
        reload();
    }

    /** Shows the factory's definition file, or the default template when it has none. */
    public void reload() {
        Factory f = factory.getValue();
        var file = f == null ? null : f.configFile(Factory.ARM_PARAMETERS_DEFINITION).orElse(null);
        custom.set(file != null);
        text.set(file != null ? AdfJsonWriter.pretty(file.content()) : ParameterDefinition.defaultText());
        problems.clear();
        status.set(file != null ? Factory.ARM_PARAMETERS_DEFINITION + " of the factory"
                : "The factory has no " + Factory.ARM_PARAMETERS_DEFINITION + ": ADF's default template is used; save to make it the factory's own");
    }

    /** The problems of {@code edited}; empty when it is a valid definition. */
    public List<Problem> check(String edited) {
        List<Problem> found = new ArrayList<>();
        ParameterDefinition.parse(edited, found);
        problems.setAll(found);
        status.set(found.isEmpty() ? "No problems: the definition is valid" : found.size() + (found.size() == 1 ? " problem" : " problems")
                + " — the first at line " + found.get(0).line() + ", column " + found.get(0).column());
        return found;
    }

    /** Writes {@code edited} as the factory's definition file when it has no errors; null (with the reason) otherwise. */
    public Task<FactoryWriter.Result> save(String edited) {
        Factory f = factory.getValue();
        if (f == null) return null;
        if (check(edited).stream().anyMatch(Problem::isError)) {
            status.set("Not saved: " + status.get());
            return null;
        }
        JsonNode root = JsonReader.read(edited, Factory.ARM_PARAMETERS_DEFINITION).root();
        f.setConfig(Factory.ARM_PARAMETERS_DEFINITION, root);
        Task<FactoryWriter.Result> task = new Task<>() {
            @Override
            protected FactoryWriter.Result call() {
                return FactoryWriter.saveConfig(f, Factory.ARM_PARAMETERS_DEFINITION);
            }
        };
        task.setOnSucceeded(e -> {
            FactoryWriter.Result r = task.getValue();
            custom.set(true);
            status.set(!r.ok() ? "Not saved: " + r.problems().get(0).message()
                    : r.written().isEmpty() ? "No changes to save" : "Saved " + String.join(", ", r.written()) + "; Publish and Export use it");
            if (r.ok()) text.set(AdfJsonWriter.pretty(root));
        });
        task.setOnFailed(e -> status.set("Not saved: " + task.getException().getMessage()));
        io.execute(task);
        return task;
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True when the factory has its own definition file (false: the default template is shown). */
    public ReadOnlyBooleanProperty customProperty() {
        return custom.getReadOnlyProperty();
    }

    public ObservableList<Problem> problems() {
        return problems;
    }

    public ObservableValue<Factory> factory() {
        return factory;
    }

    public Executor io() {
        return io;
    }
}
