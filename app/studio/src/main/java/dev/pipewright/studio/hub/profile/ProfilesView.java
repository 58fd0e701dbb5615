package dev.pipewright.studio.hub.profile;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.studio.hub.FormGrid;
import dev.pipewright.studio.hub.ir.IrWizardViewModel;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/** Manage › Environment profiles: the profile files, the open profile's form, and the active profile. */
public final class ProfilesView extends SplitPane {
    public ProfilesView(ProfilesViewModel vm) {
        getStyleClass().add("profiles");
        ListView<String> files = new ListView<>(vm.files());
        files.setId("profile-list");
        files.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) vm.open(now);
        });
        TextField newName = new TextField();
        newName.setId("profile-new-name");
        newName.setPromptText("e.g. test");
        Button create = new Button("+ New");
        create.setId("profile-new");
        create.setOnAction(e -> vm.create(newName.getText().trim(), vm.factoryName.get(), vm.region.get().isEmpty() ? "East US" : vm.region.get()));
        Label active = new Label();
        active.setId("profile-active");
        active.setWrapText(true);
        active.textProperty().bind(vm.activeProperty().map(a -> "Active: " + a));
        BorderPane left = new BorderPane(files);
        left.setTop(new HBox(6, newName, DisabledReason.when(create, newName.textProperty().isEmpty(), "Type the new profile's name first")));
        left.setBottom(active);

        FormGrid form = new FormGrid();
        form.text("Factory name", vm.factoryName, "profile-factory-name", null, null);
        form.choice("Factory region", IrWizardViewModel.ssisRegions(), vm.region, true, "profile-region", null, null);
        form.choice("Mode", List.of("DataFactory", "Synapse"), vm.mode, false, "profile-mode", null, null);
        form.note("Synapse mode hides Azure-SSIS from new integration runtimes and flags existing ones.", null);

        TableView<ProfilesViewModel.Item> table = new TableView<>(vm.linkedServices());
        table.setId("profile-linked-services");
        table.setEditable(true);
        table.getColumns().add(editable("Linked service", i -> i.name, 170));
        table.getColumns().add(editable("Region", i -> i.region, 120));
        table.getColumns().add(editable("Network (public / private:<name>)", i -> i.network, 200));
        table.getColumns().add(editable("Local stand-in (JSON)", i -> i.localEndpoint, 260));
        Button add = new Button("+ Linked service");
        add.setId("profile-add-ls");
        add.setOnAction(e -> table.getSelectionModel().select(vm.addLinkedService("LS_New")));
        Button save = new Button("Save");
        save.setId("profile-save");
        save.setOnAction(e -> vm.save());
        Button use = new Button("Use as active profile");
        use.setId("profile-use");
        use.setOnAction(e -> vm.activate());
        Button none = new Button("No profile");
        none.setId("profile-none");
        none.setOnAction(e -> vm.deactivate());
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("profile-problems");
        problems.getStyleClass().add("problem-list");
        dev.pipewright.studio.controls.WrappingCells.wrap(problems, line -> line);
        problems.setPrefHeight(90);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        Label title = new Label();
        title.getStyleClass().add("hub-title");
        title.textProperty().bind(vm.openProperty().map(f -> f.isEmpty() ? "Select or create a profile" : f));
        VBox right = new VBox(8, title, form, table, new HBox(8, add, save, use, none), problems);
        right.getStyleClass().add("hub-editor");
        right.disableProperty().bind(vm.openProperty().isEmpty());
        getItems().addAll(left, right);
        setDividerPositions(0.25);
    }

    private static TableColumn<ProfilesViewModel.Item, String> editable(String title,
            Function<ProfilesViewModel.Item, javafx.beans.property.StringProperty> property, double width) {
        TableColumn<ProfilesViewModel.Item, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> property.apply(cell.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setPrefWidth(width);
        return c;
    }
}
