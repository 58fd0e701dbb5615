package dev.pipewright.studio.hub.linkedservice;

import dev.pipewright.core.manage.LinkedServiceCommon;
import dev.pipewright.core.manage.LinkedServiceForm;
import dev.pipewright.core.manage.LsField;
import dev.pipewright.studio.hub.FormGrid;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The form tab of Manage › Linked services: the fields of the linked service's type (rebuilt when the type
 * changes), each shown only while it applies, then description, annotations and parameters. Thin: the values live
 * in {@link LinkedServiceFormViewModel}.
 */
public final class LinkedServiceFormView extends ScrollPane {
    private final LinkedServiceFormViewModel vm;
    private final Supplier<List<String>> keyVaults;
    private final Supplier<List<String>> credentials;
    private final VBox content = new VBox(10);

    /** @param keyVaults the factory's Key Vault linked services; {@code credentials} its credentials (asked when shown) */
    public LinkedServiceFormView(LinkedServiceFormViewModel vm, Supplier<List<String>> keyVaults, Supplier<List<String>> credentials) {
        this.vm = vm;
        this.keyVaults = keyVaults;
        this.credentials = credentials;
        setId("ls-form");
        setFitToWidth(true);
        content.getStyleClass().add("hub-editor");
        setContent(content);
        vm.formProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        LinkedServiceForm form = vm.formProperty().get();
        FormGrid grid = new FormGrid();
        if (form == null) {
            grid.note("Pipewright has no form for this type: edit it in the code view.", null);
        } else {
            Label title = new Label(form.title());
            title.getStyleClass().add("hub-title");
            grid.row("Type", title, "ls-f-type", null, null);
            for (LsField f : form.fields()) field(grid, f);
        }
        grid.text("Description", vm.description, "ls-description", "description", null);
        grid.text("Annotations", vm.annotations, "ls-annotations", "annotations", null).setPromptText("comma-separated");
        content.getChildren().setAll(grid, parameters());
    }

    private ObservableBooleanValue applies(LsField f) {
        if (f.dependsOn().isEmpty()) return null;
        return Bindings.createBooleanBinding(() -> f.applies(vm.snapshot()),
                f.dependsOn().stream().map(vm::value).toArray(StringProperty[]::new));
    }

    private void field(FormGrid grid, LsField f) {
        ObservableBooleanValue shown = applies(f);
        String id = "ls-f-" + f.id();
        String label = f.label() + (f.isRequired() ? " *" : "");
        switch (f.kind()) {
            case CONSTANT -> {
            }
            case BOOL -> {
                CheckBox c = grid.row(label, new CheckBox(), id, f.path(), shown);
                StringProperty v = vm.value(f.id());
                c.setSelected(Boolean.parseBoolean(v.get()));
                c.selectedProperty().addListener((o, a, b) -> v.set(Boolean.toString(b)));
                v.addListener((o, a, b) -> c.setSelected(Boolean.parseBoolean(b)));
            }
            case CHOICE -> grid.row(label, choice(f), id, f.path(), shown);
            case SECRET -> secret(grid, f, label, id, shown);
            case REFERENCE -> {
                ComboBox<String> c = grid.choice(label, credentials.get(), vm.value(f.id()), true, id, f.path(), shown);
                c.setOnShowing(e -> c.getItems().setAll(credentials.get()));
            }
            case HEADERS -> {
                TextArea t = grid.row(label, new TextArea(), id, f.path(), shown);
                t.setPrefRowCount(3);
                t.textProperty().bindBidirectional(vm.value(f.id()));
                t.setPromptText(f.hint());
            }
            default -> grid.text(label, vm.value(f.id()), id, f.path(), shown).setPromptText(f.hint());
        }
    }

    private ComboBox<String> choice(LsField f) {
        ComboBox<String> c = new ComboBox<>();
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        f.choices().forEach(ch -> labels.put(ch.value(), ch.label()));
        c.getItems().setAll(labels.keySet());
        c.setMaxWidth(Double.MAX_VALUE);
        c.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : labels.getOrDefault(value, value);
            }

            @Override
            public String fromString(String text) {
                return labels.entrySet().stream().filter(e -> e.getValue().equals(text)).map(Map.Entry::getKey).findFirst().orElse(text);
            }
        });
        c.valueProperty().bindBidirectional(vm.value(f.id()));
        return c;
    }

    /** A secret: typed (to the secret store) or an Azure Key Vault secret (linked service and secret name). */
    private void secret(FormGrid grid, LsField f, String label, String id, ObservableBooleanValue shown) {
        StringProperty source = vm.value(LsField.source(f.id()));
        ComboBox<String> from = new ComboBox<>();
        from.getItems().setAll(LsField.SECURE_STRING, LsField.KEY_VAULT);
        from.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return LsField.KEY_VAULT.equals(v) ? "Azure Key Vault" : "Typed here (kept in the local secret store)";
            }

            @Override
            public String fromString(String s) {
                return s.startsWith("Azure") ? LsField.KEY_VAULT : LsField.SECURE_STRING;
            }
        });
        from.valueProperty().bindBidirectional(source);
        grid.row(label, from, id + "-source", null, shown);
        BooleanBinding vault = source.isEqualTo(LsField.KEY_VAULT);
        BooleanBinding showVault = shown == null ? vault : vault.and(Bindings.createBooleanBinding(shown::get, shown));
        BooleanBinding showTyped = shown == null ? vault.not() : vault.not().and(Bindings.createBooleanBinding(shown::get, shown));
        grid.secret("   value", vm.typedSecret(f.id()), id, f.path(), showTyped).setPromptText("leave empty to keep the stored value");
        ComboBox<String> store = grid.choice("   Key Vault linked service", keyVaults.get(), vm.value(LsField.store(f.id())), true,
                id + "-store", null, showVault);
        store.setOnShowing(e -> store.getItems().setAll(keyVaults.get()));
        grid.text("   Secret name", vm.value(LsField.secretName(f.id())), id + "-secret-name", null, showVault);
    }

    private VBox parameters() {
        TableView<LinkedServiceFormViewModel.Parameter> table = new TableView<>(vm.parameters());
        table.setId("ls-parameters");
        table.setEditable(true);
        table.setPrefHeight(130);
        TableColumn<LinkedServiceFormViewModel.Parameter, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(c -> c.getValue().name);
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(160);
        TableColumn<LinkedServiceFormViewModel.Parameter, String> type = new TableColumn<>("Type");
        type.setCellValueFactory(c -> c.getValue().type);
        type.setCellFactory(ComboBoxTableCell.forTableColumn(LinkedServiceCommon.PARAMETER_TYPES.toArray(String[]::new)));
        type.setPrefWidth(110);
        TableColumn<LinkedServiceFormViewModel.Parameter, String> def = new TableColumn<>("Default value");
        def.setCellValueFactory(c -> c.getValue().defaultValue);
        def.setCellFactory(TextFieldTableCell.forTableColumn());
        def.setPrefWidth(220);
        table.getColumns().addAll(List.of(name, type, def));
        Button add = new Button("+ New parameter");
        add.setId("ls-parameter-new");
        add.setOnAction(e -> table.getSelectionModel().select(vm.addParameter()));
        Button remove = new Button("Delete parameter");
        remove.setId("ls-parameter-delete");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.parameters().remove(table.getSelectionModel().getSelectedItem()));
        Label title = new Label("Parameters");
        title.getStyleClass().add("hub-form-label");
        return new VBox(6, title, table, new HBox(6, add, remove));
    }
}
