package dev.pipewright.studio.author;

import dev.pipewright.core.problem.Problem;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** ADF's "Pipeline Validation Output" for Validate all: every finding; clicking one opens its pipeline and activity. */
public final class ValidateAllWindow {
    private ValidateAllWindow() {
    }

    public static Stage show(Window owner, EditorsViewModel editors) {
        ListView<Problem> list = new ListView<>(editors.allProblems());
        list.setId("validate-all-list");
        list.setPlaceholder(new Label("No problems found."));
        list.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
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
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null) editors.reveal(p);
        });
        Stage stage = new Stage();
        stage.setTitle("Validate all");
        stage.initOwner(owner);
        Scene scene = new Scene(list, 820, 360);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        editors.validateAll();
        return stage;
    }
}
