package dev.pipewright.studio.dataset;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.core.manage.DatasetField;
import dev.pipewright.studio.code.CodeView;
import dev.pipewright.studio.connect.DataPreviewView;
import dev.pipewright.studio.editor.EditorBars;
import dev.pipewright.studio.editor.EditorPane;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A dataset editor tab, laid out like ADF's dataset view: a toolbar (Save, Validate, Undo, Redo, Test connection,
 * Preview data), the Connection, Schema, Parameters and Code tabs, and the preview panel below. Text fields commit on
 * Enter and when they lose focus; every commit is one undoable edit.
 */
public final class DatasetEditorView extends BorderPane implements EditorPane {
    private final DatasetEditorViewModel vm;
    private final GridPane form = new GridPane();
    private final Map<DatasetField, Node> controls = new LinkedHashMap<>();
    private final ComboBox<String> linkedService = new ComboBox<>();
    private final TabPane tabs = new TabPane();
    private final CodeView codeView;
    private String shape = "";
    private boolean updating;

    public DatasetEditorView(DatasetEditorViewModel vm) {
        this.vm = vm;
        getStyleClass().add("dataset-editor");
        codeView = new CodeView(vm.code(), false);
        Button test = EditorBars.button("Test connection", "ds-test-connection", vm::testConnection);
        Button preview = EditorBars.button("Preview data", "ds-preview", this::preview);
        String busy = "A test connection or preview is running: wait for it or cancel it";
        setTop(EditorBars.toolbar(this, DisabledReason.when(test, vm.connect().runningProperty(), busy),
                DisabledReason.when(preview, vm.connect().runningProperty(), busy)));

        form.getStyleClass().add("properties-form");
        form.setHgap(10);
        form.setVgap(6);
        form.setPadding(new Insets(8));
        linkedService.setId("ds-linked-service");
        linkedService.setItems(vm.linkedServices());
        linkedService.setOnShowing(e -> vm.refreshLinkedServices());
        linkedService.setOnAction(e -> {
            if (!updating) vm.setLinkedService(linkedService.getValue());
        });
        ScrollPane connection = new ScrollPane(form);
        connection.setFitToWidth(true);
        tabs.getTabs().addAll(tab("Connection", "ds-tab-connection", connection), tab("Schema", "ds-tab-schema", schemaTab()),
                tab("Parameters", "ds-tab-parameters", parametersTab()), tab("Code", "ds-tab-code", codeView));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                codeView.setShowing(now != null && "ds-tab-code".equals(now.getId())));
        DataPreviewView previewPanel = new DataPreviewView(vm.connect());
        previewPanel.setId("ds-preview-panel");
        SplitPane centre = new SplitPane(tabs, previewPanel);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.55);
        setCenter(centre);
        setBottom(EditorBars.status(vm));
        vm.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    @Override
    public DatasetEditorViewModel model() {
        return vm;
    }

    /** Commits the field being typed in first, so Save and Validate see what is on screen. */
    @Override
    public void save() {
        commitFocused();
        vm.save();
    }

    @Override
    public void validate() {
        commitFocused();
        vm.validate();
    }

    private void commitFocused() {
        controls.forEach((field, control) -> {
            if (control instanceof TextField t && t.isFocused()) vm.set(field, t.getText());
            if (control instanceof ComboBox<?> c && c.getEditor().isFocused()) vm.set(field, c.getEditor().getText());
        });
    }

    private static Tab tab(String text, String id, Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        tab.setClosable(false);
        return tab;
    }

    /** Shows a tab by its id (ds-tab-connection, ds-tab-schema, ds-tab-parameters, ds-tab-code). */
    public void showTab(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    public CodeView codeView() {
        return codeView;
    }

    /** Rebuilds the form when the dataset's type or location type changed, else shows the model's values. */
    private void refresh() {
        updating = true;
        try {
            String now = vm.type() + "|" + vm.locationType();
            if (!now.equals(shape)) build();
            shape = now;
            linkedService.setValue(vm.linkedService());
            controls.forEach((field, control) -> {
                String text = vm.text(field);
                if (control instanceof CheckBox c) {
                    c.setIndeterminate(text.startsWith("@"));
                    c.setSelected(Boolean.parseBoolean(text));
                } else if (control instanceof ComboBox<?> c) {
                    if (!c.getEditor().getText().equals(text)) c.getEditor().setText(text);
                } else if (control instanceof TextInputControl t && !t.getText().equals(text)) {
                    t.setText(text);
                }
            });
        } finally {
            updating = false;
        }
    }

    private void build() {
        form.getChildren().clear();
        controls.clear();
        Button newLs = EditorBars.button("New", "ds-new-linked-service", vm::newLinkedService);
        form.addRow(0, new Label("Linked service"), new HBox(6, linkedService, newLs));
        Label type = new Label(vm.type() + (vm.locationType().isEmpty() ? "" : " · " + vm.locationType()));
        type.setId("ds-type");
        form.addRow(1, new Label("Type"), type);
        int row = 2;
        for (DatasetField field : vm.fields()) {
            Node control = control(field);
            controls.put(field, control);
            form.addRow(row++, new Label(field.label()), control);
        }
        if (controls.isEmpty()) form.addRow(row, new Label(""), new Label("Edit this dataset type's settings in the Code tab."));
    }

    private Node control(DatasetField field) {
        if (field.kind() == DatasetField.Kind.BOOLEAN) {
            CheckBox box = new CheckBox();
            box.setId(field.id());
            box.setOnAction(e -> vm.set(field, String.valueOf(box.isSelected())));
            return box;
        }
        if (!field.choices().isEmpty()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId(field.id());
            box.setEditable(true);
            box.getItems().setAll(field.choices());
            box.setPrefWidth(320);
            box.setOnAction(e -> {
                if (!updating) vm.set(field, box.getEditor().getText());
            });
            box.getEditor().focusedProperty().addListener((o, was, now) -> {
                if (!now && !updating) vm.set(field, box.getEditor().getText());
            });
            box.valueProperty().addListener((o, old, now) -> {
                if (!updating && now != null && !now.equals(box.getEditor().getText())) box.getEditor().setText(now);
            });
            return box;
        }
        TextField text = new TextField();
        text.setId(field.id());
        text.setPrefWidth(320);
        text.setOnAction(e -> vm.set(field, text.getText()));
        text.focusedProperty().addListener((o, was, now) -> {
            if (!now && !updating) vm.set(field, text.getText());
        });
        return text;
    }

    private Node schemaTab() {
        TableView<DatasetEditorViewModel.SchemaRow> table = new TableView<>(vm.schema());
        table.setId("ds-schema-table");
        table.getColumns().add(column("Name", DatasetEditorViewModel.SchemaRow::name, 240));
        table.getColumns().add(column("Type", DatasetEditorViewModel.SchemaRow::type, 160));
        table.setPlaceholder(new Label("No schema: Preview data, then Import schema"));
        Button importSchema = EditorBars.button("Import schema", "ds-import-schema", vm::importSchema);
        Button clear = EditorBars.button("Clear", "ds-clear-schema", vm::clearSchema);
        BorderPane pane = new BorderPane(table);
        pane.setTop(new ToolBar(importSchema, clear));
        return pane;
    }

    private Node parametersTab() {
        TableView<DatasetEditorViewModel.ParameterRow> table = new TableView<>(vm.parameters());
        table.setId("ds-parameters-table");
        table.getColumns().add(column("Name", DatasetEditorViewModel.ParameterRow::name, 200));
        table.getColumns().add(column("Type", DatasetEditorViewModel.ParameterRow::type, 120));
        table.getColumns().add(column("Default value", DatasetEditorViewModel.ParameterRow::defaultValue, 240));
        table.setPlaceholder(new Label("No parameters"));
        TextField name = new TextField();
        name.setId("ds-param-name");
        name.setPromptText("Name");
        ComboBox<String> type = new ComboBox<>();
        type.setId("ds-param-type");
        type.getItems().setAll(DatasetEditorViewModel.PARAMETER_TYPES);
        type.setValue("string");
        TextField value = new TextField();
        value.setId("ds-param-default");
        value.setPromptText("Default value (empty: asked at preview)");
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row == null) return;
            name.setText(row.name());
            type.setValue(row.type());
            value.setText(row.defaultValue());
        });
        Button set = EditorBars.button("+ New / Set", "ds-param-add", () -> vm.setParameter(name.getText().trim(), type.getValue(), value.getText()));
        Button remove = EditorBars.button("Remove", "ds-param-remove", () -> {
            var row = table.getSelectionModel().getSelectedItem();
            if (row != null) vm.removeParameter(row.name());
        });
        BorderPane pane = new BorderPane(table);
        pane.setTop(new ToolBar(name, type, value, set, remove));
        return pane;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Preview data; parameters without a default are asked for first (Cancel previews nothing). */
    private void preview() {
        List<String> names = vm.parametersWithoutDefault();
        if (names.isEmpty()) {
            vm.preview(Map.of());
            return;
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Dataset parameters");
        dialog.setHeaderText("Values for the parameters of " + vm.resource().name() + " that have no default");
        if (getScene() != null) {
            dialog.initOwner(getScene().getWindow());
            dialog.getDialogPane().getStylesheets().setAll(getScene().getStylesheets());
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        List<TextField> fields = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            TextField f = new TextField();
            f.setId("ds-param-value-" + names.get(i));
            fields.add(f);
            grid.addRow(i, new Label(names.get(i)), f);
        }
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            vm.preview(DatasetEditorViewModel.values(names, fields.stream().map(TextField::getText).toList()));
        }
    }
}
