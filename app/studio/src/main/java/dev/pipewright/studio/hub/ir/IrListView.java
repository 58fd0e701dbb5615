package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.hub.HubTables;
import dev.pipewright.studio.controls.DisabledReason;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;

import java.util.function.Function;

/** Manage › Integration runtimes: the list, "+ New" per kind, Edit, Start/Stop for Azure-SSIS, Refresh. */
public final class IrListView extends BorderPane {
    private final IrListViewModel vm;
    private final HubServices services;
    private final MenuButton newButton = new MenuButton("+ New");
    private final StringProperty newRefusal = new SimpleStringProperty(this, "newRefusal", "Open a factory first");

    public IrListView(IrListViewModel vm, HubServices services) {
        this.vm = vm;
        this.services = services;
        getStyleClass().add("ir-list");
        TableView<IrRow> table = new TableView<>(vm.rows());
        table.setId("ir-table");
        table.getColumns().add(HubTables.column("Name", IrRow::name, 220));
        table.getColumns().add(HubTables.column("Type", IrRow::type, 130));
        table.getColumns().add(HubTables.column("Sub-type", IrRow::subType, 160));
        table.getColumns().add(HubTables.column("Status", r -> r.unsupported() ? r.status() + " (not supported in Synapse)" : r.status(), 150));
        table.getColumns().add(HubTables.column("Region", IrRow::region, 120));
        table.getColumns().add(HubTables.column("Related", IrRow::related, 360));
        table.setPlaceholder(new Label("No factory open"));
        table.setRowFactory(t -> {
            TableRow<IrRow> row = new TableRow<>() {
                @Override
                protected void updateItem(IrRow item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("unsupported"), item != null && item.unsupported());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) edit();
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) table.getSelectionModel().select(now);
        });

        newButton.setId("ir-new");
        rebuildNewMenu();
        services.synapseProperty().addListener((obs, was, now) -> rebuildNewMenu());
        Button edit = new Button("Edit");
        edit.setId("ir-edit");
        edit.setOnAction(e -> edit());
        Button start = new Button("Start");
        start.setId("ir-start");
        start.setOnAction(e -> vm.startOrStop(vm.selectedProperty().get().name(), true));
        Button stop = new Button("Stop");
        stop.setId("ir-stop");
        stop.setOnAction(e -> vm.startOrStop(vm.selectedProperty().get().name(), false));
        Button delete = new Button("Delete");
        delete.setId("ir-delete");
        delete.setOnAction(e -> delete(vm.selectedProperty().get().name()));
        ObjectProperty<IrRow> selected = vm.selectedProperty();
        Node[] buttons = {
                DisabledReason.bind(newButton, newRefusal, null),
                DisabledReason.bind(edit, Bindings.createStringBinding(() -> vm.editRefusal(selected.get()), selected), null),
                DisabledReason.bind(start, Bindings.createStringBinding(() -> vm.startRefusal(selected.get()), selected), null),
                DisabledReason.bind(stop, Bindings.createStringBinding(() -> vm.stopRefusal(selected.get()), selected), null),
                DisabledReason.bind(delete, Bindings.createStringBinding(() -> selected.get() == null
                        ? "Select an integration runtime to delete" : null, selected), null)};
        Button refresh = new Button("Refresh");
        refresh.setId("ir-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Label message = new Label();
        message.setId("ir-message");
        message.textProperty().bind(vm.messageProperty());

        ToolBar bar = new ToolBar(buttons);
        bar.getItems().addAll(refresh, message);
        setTop(bar);
        javafx.animation.Timeline poll = new javafx.animation.Timeline(new javafx.animation.KeyFrame(javafx.util.Duration.seconds(1), e -> {
            if (vm.transitioning()) vm.refresh();
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
        poll.play();
        setCenter(table);
    }

    private void rebuildNewMenu() {
        newButton.getItems().clear();
        if (vm.runtimes() == null) return;
        for (IntegrationRuntime.Kind kind : IrWizardViewModel.create(vm.runtimes(), IntegrationRuntime.Kind.AZURE).offeredKinds()) {
            MenuItem item = new MenuItem(kind == IntegrationRuntime.Kind.AZURE_SSIS
                    ? "Azure-SSIS (lift-and-shift existing SSIS packages)" : kind.label());
            item.setId("ir-new-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> open(vm.newWizard(kind)));
            newButton.getItems().add(item);
        }
    }

    /** Called when the factory changes: the "+ New" menu depends on the runtimes and the mode. */
    public void factoryChanged() {
        rebuildNewMenu();
        newRefusal.set(vm.runtimes() == null ? "Open a factory first: integration runtimes are created in its integrationRuntime folder" : null);
    }

    /** Delete, with ADF's question first when a self-hosted IR still has nodes. */
    private void delete(String name) {
        if (vm.delete(name, false) != IrListViewModel.DeleteOutcome.CONFIRM) return;
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                vm.messageProperty().get(), javafx.scene.control.ButtonType.YES, javafx.scene.control.ButtonType.NO);
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ask.setTitle("Delete " + name);
        ask.setHeaderText(null);
        ask.getDialogPane().setId("ir-delete-confirm");
        ask.showAndWait().filter(javafx.scene.control.ButtonType.YES::equals).ifPresent(yes -> vm.delete(name, true));
    }

    private void edit() {
        vm.editWizard().ifPresent(this::open);
    }

    private void open(IrWizardViewModel wizard) {
        IrWizardDialog dialog = new IrWizardDialog(getScene() == null ? null : getScene().getWindow(), vm, wizard, services);
        dialog.show();
    }
}
