package dev.pipewright.studio.properties;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.form.ActivityForms;
import dev.pipewright.core.form.Field;
import dev.pipewright.core.form.Form;
import dev.pipewright.core.form.FormTab;
import dev.pipewright.core.form.PipelineForm;
import dev.pipewright.studio.canvas.CanvasViewModel;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tabs after General: ADF's type-specific tabs of the selected activity (Source, Sink, Mapping, Settings …),
 * the generic Settings editor for other types, or — with nothing selected — the pipeline's Parameters, Variables
 * and Settings. The tabs are rebuilt when the selection moves to another activity; after an edit, undo or redo
 * the fields only reload.
 */
public final class FormViewModel {
    /** One tab; a generic tab shows the generic typeProperties editor instead of fields. */
    public record TabModel(String name, String id, List<FieldViewModel> fields, boolean generic,
                           Supplier<dev.pipewright.core.dynamic.DynamicContent> dynamicContent) {
    }

    private final CanvasViewModel canvas;
    private final Factory factory;
    private final Supplier<Optional<String>> pointer;
    private final ObservableList<TabModel> tabs = FXCollections.observableArrayList();
    private String shownFor;

    /** @param pointer the selected activity's JSON pointer, empty when no single activity is selected */
    FormViewModel(CanvasViewModel canvas, Factory factory, Supplier<Optional<String>> pointer) {
        this.canvas = canvas;
        this.factory = factory;
        this.pointer = pointer;
    }

    /** Rebuilds the tabs when the target changed, then shows the model's values. */
    void reload(boolean severalSelected) {
        Optional<String> at = pointer.get();
        String type = at.map(p -> canvas.pipeline().json().at(p).path("type").asText()).orElse(null);
        String target = severalSelected ? "several" : at.map(p -> p + "|" + canvas.pipeline().json().at(p).path("name").asText() + "|" + type)
                .orElse("pipeline");
        if (!target.equals(shownFor)) {
            shownFor = target;
            List<TabModel> fresh = new ArrayList<>();
            if (!severalSelected) {
                if (type == null) {
                    for (FormTab t : PipelineForm.tabs()) fresh.add(tab(t));
                } else if (ActivityForms.covers(type)) {
                    for (FormTab t : ActivityForms.tabs(type)) fresh.add(tab(t));
                } else {
                    fresh.add(new TabModel("Settings", "tab-settings", List.of(), true, this::dynamicContent));
                }
            }
            tabs.setAll(fresh);
        }
        Form form = form();
        if (form == null) return;
        for (TabModel t : tabs) for (FieldViewModel f : t.fields()) f.reload(form);
    }

    private TabModel tab(FormTab tab) {
        List<FieldViewModel> fields = new ArrayList<>();
        String builtFor = shownFor;
        // a field of tabs no longer shown (a text field losing focus as its tab goes) edits nothing
        Supplier<Form> current = () -> builtFor.equals(shownFor) ? form() : null;
        for (Field f : tab.fields()) fields.add(new FieldViewModel(f, current, canvas));
        return new TabModel(tab.name(), tab.id(), fields, false, this::dynamicContent);
    }

    /** What "Add dynamic content" offers for a field of what is shown (the selected activity, or the pipeline). */
    dev.pipewright.core.dynamic.DynamicContent dynamicContent() {
        return dev.pipewright.core.dynamic.DynamicContent.of(factory, canvas.pipeline(), pointer.get().orElse(null));
    }

    /** A copy of the JSON of what is shown now (the selected activity, or the pipeline); null with several selected. */
    public com.fasterxml.jackson.databind.JsonNode shownJson() {
        Form f = form();
        return f == null ? null : f.target().deepCopy();
    }

    /** The form of what is shown: the selected activity, or the pipeline. */
    Form form() {
        if ("several".equals(shownFor)) return null;
        Optional<String> at = pointer.get();
        return at.map(p -> Form.activity(factory, canvas.pipeline(), p)).orElseGet(() -> Form.pipeline(factory, canvas.pipeline()));
    }

    public ObservableList<TabModel> tabs() {
        return tabs;
    }

    /** The field with {@code key} in the tabs shown, if any. */
    public Optional<FieldViewModel> field(String key) {
        return tabs.stream().flatMap(t -> t.fields().stream()).filter(f -> f.spec().key().equals(key)).findFirst();
    }
}
