package dev.pipewright.studio.author;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCounts;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * ADF's "Pipeline Validation Output" for Validate all: the counts, every finding (it follows the edits), and a Close
 * button (Escape). Double-clicking a finding, or Enter on it, opens its resource and, in a pipeline, selects its
 * activity; the window stays open to go through the list.
 */
public final class ValidateAllWindow {
    private ValidateAllWindow() {
    }

    public static Stage show(Window owner, EditorsViewModel editors) {
        ObservableList<Problem> problems = editors.allProblems();
        ListView<Problem> list = new ListView<>(problems);
        list.setId("validate-all-list");
        list.setPlaceholder(new Label("No problems found."));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("problem-error");
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                if (p.isError()) getStyleClass().add("problem-error");
                setText(p.file() + ":" + p.line() + ":" + p.column() + "  " + p.code() + "  " + p.message());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) reveal(list, editors);
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) reveal(list, editors);
        });

        Label summary = new Label();
        summary.setId("validate-all-summary");
        summary.textProperty().bind(Bindings.createStringBinding(() -> problems.isEmpty() ? "No problems found"
                : ProblemCounts.summary(problems) + " — double-click one to go to it", problems));
        Stage stage = new Stage();
        Button close = new Button("Close");
        close.setId("validate-all-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar buttons = new ButtonBar();
        buttons.getButtons().add(close);
        BorderPane content = new BorderPane(list);
        content.setTop(summary);
        content.setBottom(buttons);
        BorderPane.setMargin(summary, new Insets(8));
        BorderPane.setMargin(buttons, new Insets(8));

        stage.setTitle("Validate all");
        stage.initOwner(owner);
        Scene scene = new Scene(content, 820, 400);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        // Escape closes from anywhere in the window (the list would otherwise keep the key to itself).
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.show();
        editors.validateAll();
        return stage;
    }

    private static void reveal(ListView<Problem> list, EditorsViewModel editors) {
        Problem p = list.getSelectionModel().getSelectedItem();
        if (p != null) editors.reveal(p);
    }
}
