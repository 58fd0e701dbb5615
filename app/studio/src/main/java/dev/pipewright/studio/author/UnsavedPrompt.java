package dev.pipewright.studio.author;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** "Save changes?" with Save / Don't save / Cancel, as desktop editors ask before unsaved work would be lost. */
public final class UnsavedPrompt {
    public enum Answer { SAVE, DISCARD, CANCEL }

    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);

    private UnsavedPrompt() {
    }

    /** Asks; closing the dialog is Cancel. */
    public static Answer ask(Window owner, String question, String detail) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText(question);
        alert.getDialogPane().setId("unsaved-prompt");
        if (owner != null) {
            alert.initOwner(owner);
            if (owner.getScene() != null) alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) return Answer.SAVE;
        if (answer == DONT_SAVE) return Answer.DISCARD;
        return Answer.CANCEL;
    }
}
