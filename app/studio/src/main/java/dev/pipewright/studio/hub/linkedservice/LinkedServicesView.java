package dev.pipewright.studio.hub.linkedservice;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.core.manage.LinkedServiceForms;
import dev.pipewright.studio.hub.HubTables;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** Manage › Linked services: the list on the left, the code view with connectVia and Test connection on the right. */
public final class LinkedServicesView extends SplitPane {
    /** Data store types offered by "+ New": those with a form first; any other type can be typed (code view only). */
    public static final List<String> TYPES = java.util.stream.Stream.concat(LinkedServiceForms.types().stream(),
            java.util.stream.Stream.of("AzureFileStorage", "AzureKeyVault", "AzureDatabricks", "Salesforce", "Snowflake")).toList();

    private final LinkedServicesViewModel vm;

    public LinkedServicesView(LinkedServicesViewModel vm) {
        this.vm = vm;
        getStyleClass().add("linked-services");
        TableView<LinkedServiceRow> table = new TableView<>(vm.rows());
        table.setId("ls-table");
        table.getColumns().add(HubTables.column("Name", LinkedServiceRow::name, 200));
        table.getColumns().add(HubTables.column("Type", LinkedServiceRow::type, 130));
        table.getColumns().add(HubTables.column("Connect via", LinkedServiceRow::connectVia, 200));
        table.getColumns().add(HubTables.column("Related", LinkedServiceRow::related, 260));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) vm.open(row.name());
        });

        TextField newName = new TextField();
        newName.setId("ls-new-name");
        newName.setPromptText("Name of a new linked service");
        ComboBox<String> newType = new ComboBox<>();
        newType.setId("ls-new-type");
        newType.setEditable(true);
        newType.getItems().setAll(TYPES);
        newType.setValue(TYPES.get(0));
        // the list shows ADF's names; the value stays the JSON type (any type may be typed)
        newType.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty || type == null ? null : dev.pipewright.core.manage.ConnectorCatalog.displayName(type) + "  (" + type + ")");
            }
        });
        Button gallery = new Button("Connectors…");
        gallery.setId("ls-gallery");
        gallery.setTooltip(new javafx.scene.control.Tooltip("Choose the data store from ADF's gallery of connectors"));
        gallery.setOnAction(e -> ConnectorGallery.choose(getScene() == null ? null : getScene().getWindow()).ifPresent(type -> {
            newType.setValue(type);
            if (newName.getText().isBlank()) newName.setText(vm.suggestedName(type));
        }));
        Button create = new Button("+ New");
        create.setId("ls-new");
        create.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            vm.startNew(newName.getText().trim(), newType.getValue());
        });
        Button delete = new Button("Delete");
        delete.setId("ls-delete");
        delete.setOnAction(e -> vm.delete(table.getSelectionModel().getSelectedItem().name()));
        Label message = new Label();
        message.setId("ls-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        BorderPane list = new BorderPane(table);
        HBox.setHgrow(newName, Priority.ALWAYS);
        for (javafx.scene.control.Control c : List.of(newType, gallery, create, delete)) c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox bar = new HBox(6, newName, newType, gallery, DisabledReason.when(create, newName.textProperty().isEmpty(), "Type the new linked service's name first"),
                DisabledReason.when(delete, table.getSelectionModel().selectedItemProperty().isNull(), "Select a linked service to delete"));
        bar.getStyleClass().add("hub-bar");
        list.setTop(bar);
        list.setBottom(message);

        getItems().addAll(list, editor());
        setDividerPositions(0.45);
    }

    private VBox editor() {
        Label title = new Label();
        title.setId("ls-title");
        title.getStyleClass().add("hub-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.editingProperty().get().isEmpty()
                ? "Select a linked service, or create one" : vm.editingProperty().get() + (vm.isNew() ? " (new)" : ""), vm.editingProperty()));
        ComboBox<String> via = new ComboBox<>();
        via.setId("ls-connect-via");
        via.valueProperty().bindBidirectional(vm.connectVia);
        via.setItems(vm.runtimeChoices());
        TextArea json = new TextArea();
        json.setId("ls-json");
        json.getStyleClass().add("code-view");
        json.textProperty().bindBidirectional(vm.json);
        Tab formTab = new Tab("Form", new LinkedServiceFormView(vm.form(), vm::keyVaults, vm::credentials));
        formTab.setId("ls-tab-form");
        Tab codeTab = new Tab("Code { }", json);
        codeTab.setId("ls-tab-code");
        TabPane tabs = new TabPane(formTab, codeTab);
        tabs.setId("ls-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        Button apply = new Button("Apply");
        apply.setId("ls-apply");
        apply.setOnAction(e -> vm.apply());
        Button test = new Button("Test connection");
        test.setId("ls-test");
        test.setOnAction(e -> vm.test());
        Button cancel = new Button("Cancel");
        cancel.setId("ls-cancel-test");
        cancel.visibleProperty().bind(vm.connect().runningProperty());
        cancel.setOnAction(e -> vm.connect().cancel());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.connect().runningProperty());
        Label result = new Label();
        result.setId("ls-test-result");
        result.setWrapText(true);
        result.textProperty().bind(Bindings.concat(vm.connect().statusProperty(), " ", vm.connect().progressProperty()));
        ListView<String> testProblems = new ListView<>();
        testProblems.setId("ls-test-problems");
        testProblems.getStyleClass().add("problem-list");
        dev.pipewright.studio.controls.WrappingCells.wrap(testProblems, line -> line);
        testProblems.setPrefHeight(110);
        vm.connect().problems().addListener((ListChangeListener<Object>) c -> testProblems.getItems().setAll(vm.connect().problemLines()));
        testProblems.visibleProperty().bind(Bindings.isNotEmpty(vm.connect().problems()));
        testProblems.managedProperty().bind(testProblems.visibleProperty());
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("ls-problems");
        problems.getStyleClass().add("problem-list");
        dev.pipewright.studio.controls.WrappingCells.wrap(problems, line -> line);
        problems.setPrefHeight(110);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        vm.problems().addListener((ListChangeListener<String>) c -> problems.scrollTo(0));
        VBox box = new VBox(8, title, new HBox(8, new Label("Connect via integration runtime"), via), tabs,
                new HBox(8, apply, DisabledReason.when(test, vm.connect().runningProperty(), "A test connection is running: wait for it or Cancel"), cancel, spinner), result, testProblems, problems);
        box.disableProperty().bind(vm.editingProperty().isEmpty());
        box.getStyleClass().add("hub-editor");
        return box;
    }
}
