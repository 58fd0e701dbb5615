package dev.pipewright.studio.hub.stages;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.studio.editor.ProblemCell;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;

/**
 * Manage › Stage check: the stages (environment profile and ARM parameters file of each) in a table, Add stage…,
 * Parameters file…, Remove, Check; the findings below, each with its file and hint.
 */
public final class StageCheckView extends BorderPane {
    private final StageCheckViewModel vm;

    public StageCheckView(StageCheckViewModel vm) {
        this.vm = vm;
        getStyleClass().add("stage-check-view");
        TableView<StageCheckViewModel.StageRow> table = new TableView<>(vm.stages());
        table.setId("stage-table");
        table.setPlaceholder(new Label("No stages: add each stage's environment profile (dev.json, test.json, prod.json)."));
        table.getColumns().add(column("Stage (environment profile)", r -> r.profile.get()));
        table.getColumns().add(column("ARM parameters file", r -> r.parameters.get()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        Button add = new Button("Add stage…");
        add.setId("stage-add");
        add.setOnAction(e -> choose("Environment profile of a stage").ifPresent(p -> vm.stages().add(new StageCheckViewModel.StageRow(p, null))));
        Button parameters = new Button("Parameters file…");
        parameters.setId("stage-parameters");
        parameters.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        parameters.setOnAction(e -> choose("ARM parameters file of the stage")
                .ifPresent(p -> table.getSelectionModel().getSelectedItem().parameters.set(p)));
        Button remove = new Button("Remove");
        remove.setId("stage-remove");
        remove.disableProperty().bind(parameters.disableProperty());
        remove.setOnAction(e -> vm.stages().remove(table.getSelectionModel().getSelectedItem()));
        Button check = new Button("Check stages");
        check.setId("stage-check");
        check.setOnAction(e -> vm.check());
        Label status = new Label();
        status.setId("stage-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label about = new Label("Before a deployment finds it: every integration runtime the same name, type and sub-type in every"
                + " stage, every template parameter given in every stage's parameters file, no secret in clear there, and each"
                + " stage's stores in the geographies its profile keeps data in.");
        about.setWrapText(true);

        ListView<Problem> problems = new ListView<>(vm.problems());
        problems.setId("stage-problems");
        problems.setCellFactory(ProblemCell::of);
        problems.setPlaceholder(new Label("Check stages to see what a deployment to them would meet."));
        SplitPane split = new SplitPane(table, problems);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.4);
        setTop(new VBox(4, new ToolBar(add, parameters, remove, check), about, status));
        setCenter(split);
        table.getColumns().forEach(c -> c.setSortable(false));
        tableRefreshOnEdit(vm, table);
    }

    public StageCheckViewModel viewModel() {
        return vm;
    }

    private static void tableRefreshOnEdit(StageCheckViewModel vm, TableView<StageCheckViewModel.StageRow> table) {
        vm.stages().addListener((javafx.collections.ListChangeListener<StageCheckViewModel.StageRow>) c -> {
            while (c.next()) c.getAddedSubList().forEach(r -> r.parameters.addListener((o, a, b) -> table.refresh()));
        });
    }

    private static TableColumn<StageCheckViewModel.StageRow, String> column(String title,
                                                                           java.util.function.Function<StageCheckViewModel.StageRow, Path> value) {
        TableColumn<StageCheckViewModel.StageRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue()) == null ? "—" : value.apply(c.getValue()).toString()));
        return column;
    }

    private java.util.Optional<Path> choose(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(file).map(File::toPath);
    }
}
