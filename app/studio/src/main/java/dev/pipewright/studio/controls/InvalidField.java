package dev.pipewright.studio.controls;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * One rule for every field that refuses a value: the field is marked invalid in place (a red outline) with the
 * message right under it, the model is not changed, and the field keeps the text typed until it is corrected or
 * reverted (Escape).
 */
public final class InvalidField {
    public static final String INVALID = "field-invalid";

    private InvalidField() {
    }

    /**
     * Shows {@code error} (empty: none) on {@code field}.
     *
     * @param revert puts the model's value back into the field and clears the error (Escape)
     * @return the node to lay out instead of the field
     */
    public static Node decorate(Control field, ObservableValue<String> error, Runnable revert) {
        Label message = new Label();
        message.getStyleClass().add("field-error");
        if (field.getId() != null) message.setId(field.getId() + "-error");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        Runnable show = () -> {
            String text = error.getValue();
            boolean invalid = text != null && !text.isEmpty();
            message.setText(invalid ? text + " — Escape puts the saved value back" : "");
            message.setVisible(invalid);
            message.setManaged(invalid);
            mark(field, invalid);
        };
        error.addListener((o, was, now) -> show.run());
        field.getProperties().put(InvalidField.class, error); // a binding is held only weakly by what it observes
        show.run();
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            String text = error.getValue();
            if (e.getCode() == KeyCode.ESCAPE && text != null && !text.isEmpty()) {
                revert.run();
                e.consume();
            }
        });
        VBox box = new VBox(2, field, message);
        box.setFillWidth(true);
        return box;
    }

    /** Marks or unmarks one control (a table cell) as holding a refused value. */
    public static void mark(Node control, boolean invalid) {
        control.getStyleClass().remove(INVALID);
        if (invalid) control.getStyleClass().add(INVALID);
    }
}
