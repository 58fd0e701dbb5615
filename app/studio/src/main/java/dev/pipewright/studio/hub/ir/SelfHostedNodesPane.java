package dev.pipewright.studio.hub.ir;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.ir.SelfHostedNodes;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.hub.HubTables;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Authentication keys and nodes of a self-hosted IR (its edit page). */
final class SelfHostedNodesPane extends VBox {
    private final SelfHostedNodesViewModel vm;

    SelfHostedNodesPane(ManagedRuntimes runtimes, String runtime, HubServices services) {
        super(8);
        getStyleClass().add("shir-nodes");
        vm = new SelfHostedNodesViewModel(runtimes, runtime, services.executor());
        if (!services.isUnlocked()) {
            Label locked = new Label("Unlock the local secret store (Manage › Unlock secret store) to see the authentication keys "
                    + "and register nodes: the keys are kept there.");
            locked.setWrapText(true);
            getChildren().add(locked);
            return;
        }
        Label status = new Label();
        status.setId("shir-status");
        status.getStyleClass().add("hub-title");
        status.textProperty().bind(vm.statusProperty().map(s -> "Status: " + s));

        TableView<SelfHostedNodes.Node> nodes = new TableView<>(vm.nodes());
        nodes.setId("shir-nodes");
        nodes.setPrefHeight(150);
        nodes.getColumns().add(HubTables.column("Name", SelfHostedNodes.Node::name, 0));
        nodes.getColumns().add(HubTables.column("Status", n -> n.status().label(), 0));
        nodes.getColumns().add(HubTables.column("Machine", n -> n.machine() + (n.thisMachine() ? " (this machine)" : ""), 0));
        nodes.getColumns().add(HubTables.column("Concurrent jobs limit", n -> Integer.toString(n.concurrentJobs()), 0));
        nodes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button register = new Button("Register this machine");
        register.setId("shir-register");
        register.setOnAction(e -> vm.registerThisMachine(null));
        Button remove = new Button("Remove node");
        remove.setId("shir-remove");
        remove.setOnAction(e -> vm.unregister(nodes.getSelectionModel().getSelectedItem().name()));
        TextField jobs = new TextField();
        jobs.setId("shir-jobs");
        jobs.setPromptText("limit");
        jobs.setPrefColumnCount(4);
        Button setJobs = new Button("Set concurrent jobs");
        setJobs.setId("shir-set-jobs");
        setJobs.setOnAction(e -> {
            try {
                vm.setConcurrentJobs(nodes.getSelectionModel().getSelectedItem().name(), Integer.parseInt(jobs.getText().trim()));
            } catch (NumberFormatException ex) {
                jobs.getStyleClass().add("field-invalid");
            }
        });
        Label message = new Label();
        message.setId("shir-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        getChildren().addAll(status, keyRow("Key 1", vm.key1Property(), IrSecrets.AUTH_KEY_1),
                keyRow("Key 2", vm.key2Property(), IrSecrets.AUTH_KEY_2),
                new Label("Nodes (up to " + SelfHostedNodes.MAX_NODES + "): this machine's embedded runtime is Online while "
                        + "Pipewright runs here."),
                nodes, new HBox(8, register,
                DisabledReason.when(remove, nodes.getSelectionModel().selectedItemProperty().isNull(), "Select a node to remove"), jobs,
                DisabledReason.when(setJobs, nodes.getSelectionModel().selectedItemProperty().isNull(), "Select a node to set its limit")), message);
        vm.refresh();
    }

    SelfHostedNodesViewModel viewModel() {
        return vm;
    }

    private HBox keyRow(String label, ReadOnlyStringProperty key, String keyName) {
        Label name = new Label(label);
        name.setMinWidth(60);
        Label value = new Label();
        value.setId("shir-" + keyName);
        value.textProperty().bind(key.map(SelfHostedNodesViewModel::masked));
        Button copy = new Button("Copy");
        copy.setId("shir-copy-" + keyName);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(key.get());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        Button regenerate = new Button("Regenerate");
        regenerate.setId("shir-regenerate-" + keyName);
        regenerate.setOnAction(e -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "Regenerate " + label.toLowerCase(java.util.Locale.ROOT)
                    + "? Nodes that register later need the new key; registered nodes stay.", ButtonType.OK, ButtonType.CANCEL);
            confirm.initOwner(getScene() == null ? null : getScene().getWindow());
            confirm.setHeaderText("Regenerate authentication key");
            confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.regenerate(keyName));
        });
        HBox row = new HBox(8, name, value, copy, regenerate);
        row.getStyleClass().add("shir-key");
        return row;
    }
}
