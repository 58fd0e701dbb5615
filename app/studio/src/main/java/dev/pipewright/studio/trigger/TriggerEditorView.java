package dev.pipewright.studio.trigger;

import dev.pipewright.core.trigger.TriggerPipelines;
import dev.pipewright.studio.code.CodeView;
import dev.pipewright.studio.controls.InvalidField;
import dev.pipewright.studio.editor.EditorBars;
import dev.pipewright.studio.editor.EditorPane;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A trigger editor tab, laid out like ADF Studio's trigger pane: the form of the trigger's type, the pipelines it
 * starts with their parameters, the next five fire times beside them (following every edit), and the Code tab (the
 * JSON, two-way). Ids: {@code trigger-<field>}, {@code trigger-pipeline-<i>}, {@code trigger-pipeline-<i>-param-<name>},
 * {@code trigger-add-pipeline}, {@code trigger-fire-times}, {@code trigger-fire-note}, tabs {@code trigger-tab-settings}
 * and {@code trigger-tab-code}.
 */
public final class TriggerEditorView extends BorderPane implements EditorPane {
    private static final Insets ROW = new Insets(3, 0, 3, 0);
    private final TriggerEditorViewModel vm;
    private final GridPane form = new GridPane();
    private final VBox pipelines = new VBox(6);
    private final TabPane tabs = new TabPane();
    private final CodeView codeView;
    private String shownType;

    public TriggerEditorView(TriggerEditorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("trigger-editor");
        codeView = new CodeView(vm.code(), false);
        setTop(EditorBars.toolbar(this));
        form.getStyleClass().add("properties-form");
        form.setHgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(200);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, controls);
        pipelines.setId("trigger-pipelines");
        Label type = new Label();
        type.setId("trigger-type");
        type.getStyleClass().add("pane-header");
        type.textProperty().bind(vm.revisionProperty().map(r -> typeName(vm.type())));
        VBox settings = new VBox(10, type, form, header("Pipelines"), pipelines);
        settings.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(settings);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(scroll, fireTimes());
        split.setDividerPositions(0.66);
        tabs.getTabs().addAll(tab("Trigger", "trigger-tab-settings", split), tab("Code", "trigger-tab-code", codeView));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            codeView.setShowing(now != null && "trigger-tab-code".equals(now.getId()));
            if (now != null && "trigger-tab-settings".equals(now.getId())) vm.refreshFireTimes(); // from the time it is now
        });
        setCenter(tabs);
        setBottom(EditorBars.status(vm));
        vm.revisionProperty().addListener((o, a, b) -> {
            if (!vm.type().equals(shownType)) buildForm();
        });
        vm.pipelines().addListener((ListChangeListener<TriggerPipelines.Entry>) c -> buildPipelines());
        buildForm();
        buildPipelines();
    }

    private static String typeName(String type) {
        return switch (type) {
            case "ScheduleTrigger" -> "Schedule trigger";
            case "TumblingWindowTrigger" -> "Tumbling window trigger";
            case "BlobEventsTrigger" -> "Storage events trigger";
            default -> type + ": edit it in the Code tab";
        };
    }

    @Override
    public TriggerEditorViewModel model() {
        return vm;
    }

    /** Commits the field being typed in first (and text typed in the code view), so Save and Validate see what is on screen. */
    @Override
    public void save() {
        commitFocused();
        vm.save();
    }

    @Override
    public void validate() {
        commitFocused();
        if (vm.applyTypedText()) vm.validate(); // only text typed in the Code tab: a tab never shown holds none
    }

    private void commitFocused() {
        Node owner = getScene() == null ? null : getScene().getFocusOwner();
        if (owner == null || !isAncestorOf(owner)) return;
        if (owner instanceof TextField t && t.getOnAction() != null) {
            t.getOnAction().handle(new javafx.event.ActionEvent(t, t));
            return;
        }
        // the time zone being typed: an editable picker holds the focus for its editor
        ComboBox<?> box = owner instanceof ComboBox<?> c ? c : owner.getParent() instanceof ComboBox<?> c ? c : null;
        if (box != null && box.isEditable()) {
            @SuppressWarnings("unchecked") ComboBox<String> zone = (ComboBox<String>) box;
            zone.setValue(zone.getEditor().getText());
        }
    }

    private boolean isAncestorOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (n == this) return true;
        return false;
    }

    public CodeView codeView() {
        return codeView;
    }

    /** Shows a tab by its id ({@code trigger-tab-settings}, {@code trigger-tab-code}). */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static Tab tab(String text, String id, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("pane-header");
        return l;
    }

    private void buildForm() {
        shownType = vm.type();
        form.getChildren().clear();
        int row = 0;
        for (TriggerFieldModel f : vm.fields()) {
            Label label = new Label(TriggerFieldControls.label(f));
            Node control = TriggerFieldControls.control(f);
            form.addRow(row++, label, control);
            GridPane.setMargin(label, ROW);
            GridPane.setMargin(control, ROW);
            for (Node n : new Node[] {label, control}) {
                n.visibleProperty().bind(f.shownProperty());
                n.managedProperty().bind(f.shownProperty());
            }
        }
    }

    private Node fireTimes() {
        ListView<String> list = new ListView<>(vm.fireTimes());
        list.setId("trigger-fire-times");
        list.setPlaceholder(new Label("No fire times"));
        list.setPrefHeight(150);
        Label note = new Label();
        note.setId("trigger-fire-note");
        note.getStyleClass().add("hub-form-note");
        note.setWrapText(true);
        note.textProperty().bind(vm.fireNoteProperty());
        ListView<dev.pipewright.core.problem.Problem> problems = new ListView<>(vm.problems());
        problems.setId("validation-list");
        problems.setPlaceholder(new Label("Validate to see this trigger's problems here."));
        problems.setCellFactory(dev.pipewright.studio.editor.ProblemCell::of);
        VBox.setVgrow(problems, Priority.ALWAYS);
        VBox box = new VBox(6, header("Next " + TriggerEditorViewModel.FIRE_TIMES + " fire times"), list, note, header("Problems"), problems);
        box.setPadding(new Insets(8));
        return box;
    }

    private void buildPipelines() {
        pipelines.getChildren().clear();
        for (int i = 0; i < vm.pipelines().size(); i++) pipelines.getChildren().add(entry(i, vm.pipelines().get(i)));
        if (vm.pipelines().isEmpty()) pipelines.getChildren().add(new Label("This trigger starts no pipeline yet."));
        ComboBox<String> choice = new ComboBox<>(vm.pipelineChoices());
        choice.setId("trigger-add-pipeline-choice");
        choice.setPromptText("Pipeline");
        Button add = EditorBars.button("+ Add pipeline", "trigger-add-pipeline", "Start this pipeline too", () -> vm.addPipeline(choice.getValue()));
        Label error = new Label();
        error.setId("trigger-pipelines-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.pipelineErrorProperty());
        error.visibleProperty().bind(vm.pipelineErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        pipelines.getChildren().addAll(new HBox(6, choice, add), error);
    }

    private Node entry(int index, TriggerPipelines.Entry entry) {
        String id = "trigger-pipeline-" + index;
        ComboBox<String> pipeline = new ComboBox<>(vm.pipelineChoices());
        pipeline.setId(id);
        pipeline.setValue(entry.pipeline());
        pipeline.setOnAction(e -> vm.changePipeline(index, pipeline.getValue()));
        Button remove = EditorBars.button("✕", id + "-remove", "Stop starting this pipeline", () -> vm.removePipeline(index));
        GridPane params = new GridPane();
        params.setHgap(8);
        params.setVgap(4);
        params.getStyleClass().add("properties-table");
        String[] headers = {"Parameter", "Type", "Value"};
        for (int c = 0; c < headers.length; c++) {
            Label h = new Label(headers[c]);
            h.getStyleClass().add("properties-table-header");
            params.add(h, c, 0);
        }
        int row = 1;
        for (TriggerPipelines.Parameter p : entry.parameters()) {
            TextField value = new TextField(p.value());
            value.setId(id + "-param-" + p.name());
            value.setPromptText(p.defaultValue().isEmpty() ? "No default: a value is needed" : "Default: " + p.defaultValue());
            value.setOnAction(e -> commitParameter(value, index, p));
            value.focusedProperty().addListener((o, was, now) -> {
                if (!now && !value.getText().equals(p.value())) commitParameter(value, index, p);
            });
            value.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    value.setText(p.value());
                    InvalidField.mark(value, false);
                    vm.revertParameter();
                }
            });
            GridPane.setHgrow(value, Priority.ALWAYS);
            params.addRow(row++, new Label(p.name()), new Label(p.type().isEmpty() ? "not declared" : p.type()), value);
        }
        if (entry.parameters().isEmpty()) params.addRow(row, new Label(entry.known() ? "No parameters" : "No such pipeline in the factory"));
        return new VBox(4, new HBox(6, pipeline, remove), params);
    }

    private void commitParameter(TextField field, int index, TriggerPipelines.Parameter p) {
        boolean ok = vm.setParameter(index, p.name(), field.getText());
        InvalidField.mark(field, !ok && !vm.pipelineErrorProperty().get().isEmpty());
    }
}
