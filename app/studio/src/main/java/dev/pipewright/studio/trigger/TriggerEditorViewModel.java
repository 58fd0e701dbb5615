package dev.pipewright.studio.trigger;

import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.trigger.FireTimes;
import dev.pipewright.core.trigger.TriggerField;
import dev.pipewright.core.trigger.TriggerForm;
import dev.pipewright.core.trigger.TriggerPipelines;
import dev.pipewright.studio.code.CodeViewModel;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * ADF Studio's trigger pane for one trigger: the form of its type ({@link TriggerForm}), the pipelines it starts with
 * their parameters ({@link TriggerPipelines}), the next five fire times ({@link FireTimes}, recomputed after every
 * edit, undo and redo) and the two-way JSON code view. Every edit is one undoable command on the editor's history.
 */
public final class TriggerEditorViewModel extends ResourceEditorViewModel {
    public static final int FIRE_TIMES = 5;
    private final CodeViewModel code;
    private final Supplier<Instant> clock;
    private final List<TriggerFieldModel> fields = new ArrayList<>();
    private final ObservableList<TriggerPipelines.Entry> pipelines = FXCollections.observableArrayList();
    private final ObservableList<String> pipelineChoices = FXCollections.observableArrayList();
    private final ObservableList<String> fireTimes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fireNote = new ReadOnlyStringWrapper(this, "fireNote", "");
    private final ReadOnlyStringWrapper pipelineError = new ReadOnlyStringWrapper(this, "pipelineError", "");
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private String formType;

    /** @param clock now, for the next fire times */
    public TriggerEditorViewModel(Factory factory, Resource trigger, Executor executor, Supplier<Instant> clock) {
        super(factory, trigger, executor);
        this.clock = clock;
        this.code = new CodeViewModel(trigger, stack());
        followCode(code);
        code.errorProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) status("Not applied: " + now);
        });
        stack().addListener(this::reload);
        reload();
    }

    /** Whether ADF Studio has a form for this trigger's type (schedule, tumbling window, storage events). */
    public static boolean hasForm(Resource trigger) {
        return !TriggerForm.fields(trigger.type()).isEmpty();
    }

    /** Reads everything shown again from the model (after every edit, undo and redo, and text applied in the code view). */
    public void reload() {
        if (!type().equals(formType)) {
            formType = type();
            fields.clear();
            for (TriggerField f : TriggerForm.fields(type())) fields.add(new TriggerFieldModel(f, resource(), this::execute));
        }
        fields.forEach(TriggerFieldModel::reload);
        List<TriggerPipelines.Entry> now = TriggerPipelines.read(factory(), resource());
        if (!now.equals(pipelines)) pipelines.setAll(now);
        List<String> choices = TriggerPipelines.choices(factory());
        if (!choices.equals(pipelineChoices)) pipelineChoices.setAll(choices);
        refreshFireTimes();
        revision.set(revision.get() + 1);
    }

    /** The next fire times from now, or why there are none (after every edit, and each time the form is shown again). */
    public void refreshFireTimes() {
        FireTimes.Result r = FireTimes.next(resource().properties(), clock.get(), FIRE_TIMES);
        List<String> times = r.fires().stream().map(FireTimes.Fire::text).toList();
        if (!times.equals(fireTimes)) fireTimes.setAll(times);
        String stopped = "Stopped".equals(TriggerForm.text(resource().json(), TriggerForm.STATE)) && r.ok() && !r.fires().isEmpty()
                ? "Stopped: it fires at these times once started and published" : "";
        fireNote.set(r.ok() ? String.join(". ", List.of(r.note(), stopped).stream().filter(s -> !s.isEmpty()).toList()) : r.problem());
    }

    public String type() {
        return resource().type();
    }

    private boolean pipelineEdit(Supplier<Optional<EditCommand>> edit) {
        try {
            Optional<EditCommand> command = edit.get();
            pipelineError.set("");
            return command.isPresent() && execute(command.get());
        } catch (EditRefusedException | IllegalArgumentException e) {
            pipelineError.set(e.getMessage());
            status("Not changed: " + e.getMessage());
            return false;
        }
    }

    /** Adds a pipeline for the trigger to start. */
    public boolean addPipeline(String name) {
        return pipelineEdit(() -> Optional.of(TriggerPipelines.add(factory(), resource(), name == null ? "" : name)));
    }

    public boolean removePipeline(int index) {
        return pipelineEdit(() -> Optional.of(TriggerPipelines.remove(resource(), index)));
    }

    public boolean changePipeline(int index, String name) {
        if (index < pipelines.size() && pipelines.get(index).pipeline().equals(name)) return false;
        return pipelineEdit(() -> Optional.of(TriggerPipelines.change(factory(), resource(), index, name)));
    }

    /** Sets the value the trigger gives a pipeline's parameter (empty: the pipeline's default). */
    public boolean setParameter(int index, String parameter, String text) {
        return pipelineEdit(() -> TriggerPipelines.setParameter(factory(), resource(), index, parameter, text == null ? "" : text));
    }

    /** Clears a refused parameter value's message (Escape). */
    public void revertParameter() {
        pipelineError.set("");
    }

    public CodeViewModel code() {
        return code;
    }

    public List<TriggerFieldModel> fields() {
        return List.copyOf(fields);
    }

    /** The field with {@code key}, if this trigger's form has it. */
    public Optional<TriggerFieldModel> field(String key) {
        return fields.stream().filter(f -> f.spec().key().equals(key)).findFirst();
    }

    public ObservableList<TriggerPipelines.Entry> pipelines() {
        return pipelines;
    }

    public ObservableList<String> pipelineChoices() {
        return pipelineChoices;
    }

    /** The next fire times, as "Mon 2026-01-05 06:00 (05:00 UTC)". */
    public ObservableList<String> fireTimes() {
        return fireTimes;
    }

    /** Why there are no fire times (what ADF would refuse), or what else to know (stopped, past windows). */
    public ReadOnlyStringProperty fireNoteProperty() {
        return fireNote.getReadOnlyProperty();
    }

    /** Why a pipeline or parameter value was refused; empty when none was. */
    public ReadOnlyStringProperty pipelineErrorProperty() {
        return pipelineError.getReadOnlyProperty();
    }

    /** Changes with every edit, undo and redo: the form's type-specific part is rebuilt when the type changed. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
