package dev.pipewright.studio.publish;

import dev.pipewright.core.arm.PublishChanges;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.studio.editor.ProblemCell;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * The Publish window, as ADF's "Pending changes" pane: it validates and builds first (a factory with errors lists them
 * and cannot be published), then shows what changed since the last publish — added, changed and deleted resources and
 * the triggers to stop before the deployment and start after it — and publishes: a commit on the publish branch when
 * the factory is in a working copy, or the templates written to a folder otherwise. Progress and Cancel while it runs;
 * Escape or Close leaves.
 */
public final class PublishDialog {
    private final PublishViewModel vm;
    private final Stage stage = new Stage();
    private final Label header = new Label("Validating and building the ARM templates…");
    private final ListView<Problem> problems = new ListView<>();
    private final TreeView<String> pending = new TreeView<>(new TreeItem<>("Pending changes"));
    private final TextField folder = new TextField();
    private final Button browse = new Button("Browse…");
    private final Button publish = new Button("Publish");
    private final Button close = new Button("Close");
    private final ProgressBar progress = new ProgressBar();
    private final Label result = new Label();
    private final HBox folderRow = new HBox(6, new Label("Folder:"), folder, browse);
    private PublishViewModel.Plan plan;
    private Task<?> running;

    private PublishDialog(Window owner, PublishViewModel vm) {
        this.vm = vm;
        header.setId("publish-header");
        header.setWrapText(true);
        problems.setId("publish-problems");
        problems.setCellFactory(ProblemCell::of);
        problems.setVisible(false);
        problems.managedProperty().bind(problems.visibleProperty());
        pending.setId("publish-pending");
        pending.setShowRoot(false);
        pending.managedProperty().bind(pending.visibleProperty());
        folder.setId("publish-folder");
        folder.setPromptText("Folder for ARMTemplateForFactory.json, linkedTemplates/ …");
        HBox.setHgrow(folder, Priority.ALWAYS);
        browse.setOnAction(e -> chooseFolder());
        folderRow.setVisible(false);
        folderRow.managedProperty().bind(folderRow.visibleProperty());
        publish.setId("publish-ok");
        publish.setDefaultButton(true);
        publish.setDisable(true);
        publish.setOnAction(e -> publish());
        close.setId("publish-close");
        close.setCancelButton(true);
        close.setOnAction(e -> closeOrCancel());
        progress.setId("publish-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        result.setId("publish-result");
        result.setWrapText(true);
        ButtonBar.setButtonData(publish, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().setAll(publish, close);

        VBox center = new VBox(8, problems, pending, folderRow);
        VBox.setVgrow(pending, Priority.ALWAYS);
        VBox.setVgrow(problems, Priority.ALWAYS);
        BorderPane root = new BorderPane(center, header, null, new VBox(8, progress, result, buttons), null);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("publish-dialog");
        Scene scene = new Scene(root, 640, 480);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) closeOrCancel();
        });
        stage.setScene(scene);
        stage.setTitle("Publish");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL); // no edits while the factory is read and published
        }
    }

    /** Opens the window and starts validating and building. */
    public static PublishDialog show(Window owner, PublishViewModel vm) {
        return show(owner, vm, false);
    }

    /** @param toFolder Export ARM template: to a folder, whether or not the factory is in a working copy */
    public static PublishDialog show(Window owner, PublishViewModel vm, boolean toFolder) {
        PublishDialog dialog = new PublishDialog(owner, vm);
        if (toFolder) dialog.stage.setTitle("Export ARM template");
        dialog.stage.show();
        dialog.prepare(toFolder);
        return dialog;
    }

    private void prepare(boolean toFolder) {
        Task<PublishViewModel.Plan> task = vm.prepare(toFolder);
        track(task);
        task.setOnSucceeded(e -> showPlan(task.getValue()));
        task.setOnFailed(e -> result.setText("Could not build the templates: " + task.getException().getMessage()));
    }

    private void showPlan(PublishViewModel.Plan p) {
        plan = p;
        if (!p.ok()) {
            List<Problem> found = p.export().problems().stream().filter(Problem::isError).toList();
            header.setText("Not published: validation found " + found.size() + (found.size() == 1 ? " error" : " errors")
                    + ". Fix them (double-click in Validate all goes to each), then publish again.");
            problems.getItems().setAll(p.export().problems());
            problems.setVisible(true);
            pending.setVisible(false);
            return;
        }
        header.setText(p.toBranch()
                ? "Publish " + p.factoryName() + " to branch " + p.branch() + " (folder " + p.factoryName() + "/): "
                + p.export().resources() + " resources, " + p.export().parameters() + " template parameters"
                : "Export the ARM templates of " + p.factoryName() + " (" + p.export().resources()
                + " resources, " + p.export().parameters() + " template parameters) to a folder");
        pending.getRoot().getChildren().setAll(groups(p.changes()));
        folderRow.setVisible(!p.toBranch());
        publish.setText(p.toBranch() ? "Publish" : "Export");
        publish.setDisable(!p.toBranch() && folder.getText().isBlank());
        folder.textProperty().addListener((obs, old, now) -> publish.setDisable(now.isBlank()));
        if (p.upToDate()) result.setText("Nothing changed since the last publish.");
    }

    private static List<TreeItem<String>> groups(PublishChanges changes) {
        return List.of(group("Added", changes.added()), group("Changed", changes.changed()), group("Deleted", changes.deleted()),
                group("Triggers to stop before deploying and start after", changes.triggersToRestart()));
    }

    private static TreeItem<String> group(String title, List<String> items) {
        TreeItem<String> group = new TreeItem<>(title + " (" + items.size() + ")");
        items.forEach(i -> group.getChildren().add(new TreeItem<>(i)));
        group.setExpanded(!items.isEmpty() && items.size() <= 50);
        return group;
    }

    private void publish() {
        if (plan == null || !plan.ok() || running != null) return;
        publish.setDisable(true);
        if (plan.toBranch()) {
            var task = vm.publishToBranch(plan);
            track(task);
            task.setOnSucceeded(e -> {
                var outcome = task.getValue();
                result.setText(outcome.commit() == null ? "The publish branch " + outcome.branch() + " holds these templates already."
                        : "Published: commit " + outcome.commit().substring(0, 7) + " on " + outcome.branch()
                        + (outcome.pushed() ? ", pushed to origin." : " (no origin to push to)."));
                close.setText("Close");
            });
            task.setOnFailed(e -> failed(task));
        } else {
            Path target = Path.of(folder.getText().strip());
            var task = vm.export(plan, target);
            track(task);
            task.setOnSucceeded(e -> {
                result.setText("Exported to " + task.getValue() + ".");
                close.setText("Close");
            });
            task.setOnFailed(e -> failed(task));
        }
    }

    private void failed(Task<?> task) {
        Throwable error = task.getException();
        String message = error instanceof dev.pipewright.git.GitProblemException g ? g.problem().message() + " " + g.problem().hint()
                : error.getMessage();
        result.setText("Not published: " + message);
        publish.setDisable(false);
    }

    /** Shows a task's progress; Close becomes Cancel while it runs. */
    private void track(Task<?> task) {
        running = task;
        progress.progressProperty().bind(task.progressProperty());
        progress.setVisible(true);
        close.setText("Cancel");
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running = null;
                progress.progressProperty().unbind();
                progress.setVisible(false);
                close.setText("Close");
                if (state == Worker.State.CANCELLED) result.setText("Cancelled: nothing was published.");
            }
        });
    }

    private void closeOrCancel() {
        if (running != null) running.cancel();
        else stage.close();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the ARM templates");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) folder.setText(chosen.getPath());
    }

    public Stage stage() {
        return stage;
    }
}
