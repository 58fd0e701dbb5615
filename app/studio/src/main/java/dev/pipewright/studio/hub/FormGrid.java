package dev.pipewright.studio.hub;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A two-column form (label, control) whose controls are bound to view-model properties and registered under
 * the field path their findings name, so {@link #mark} can flag the controls of refused fields.
 */
public final class FormGrid extends GridPane {
    private final Map<String, Node> byField = new HashMap<>();
    private int row;

    public FormGrid() {
        getStyleClass().add("hub-form");
        setHgap(10);
        // rows are spaced by their controls' margins, not by vgap: a hidden row then takes no space at all
        setVgap(0);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(170);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        getColumnConstraints().addAll(labels, controls);
    }

    /** Adds a row; {@code visible} (may be null) shows or hides it. Returns the control. */
    public <T extends Node> T row(String label, T control, String id, String field, ObservableBooleanValue visible) {
        Label l = new Label(label);
        l.getStyleClass().add("hub-form-label");
        control.setId(id);
        if (field != null) byField.put(field, control);
        if (visible != null) {
            for (Node n : List.of(l, control)) {
                n.visibleProperty().bind(visible);
                n.managedProperty().bind(visible);
            }
        }
        javafx.geometry.Insets gap = new javafx.geometry.Insets(3, 0, 3, 0);
        setMargin(l, gap);
        setMargin(control, gap);
        add(l, 0, row);
        add(control, 1, row);
        row++;
        return control;
    }

    public TextField text(String label, StringProperty value, String id, String field, ObservableBooleanValue visible) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(value);
        return row(label, t, id, field, visible);
    }

    public PasswordField secret(String label, StringProperty value, String id, String field, ObservableBooleanValue visible) {
        PasswordField t = new PasswordField();
        t.textProperty().bindBidirectional(value);
        return row(label, t, id, field, visible);
    }

    public CheckBox check(String label, BooleanProperty value, String id, ObservableBooleanValue visible) {
        CheckBox c = new CheckBox();
        c.selectedProperty().bindBidirectional(value);
        return row(label, c, id, null, visible);
    }

    public ComboBox<String> choice(String label, Collection<String> items, StringProperty value, boolean editable, String id, String field,
                                   ObservableBooleanValue visible) {
        ComboBox<String> c = new ComboBox<>();
        c.getItems().setAll(items);
        c.setEditable(editable);
        c.setMaxWidth(Double.MAX_VALUE);
        c.valueProperty().bindBidirectional(value);
        return row(label, c, id, field, visible);
    }

    /** A full-width note (hint text) in the form. */
    public Label note(String text, ObservableBooleanValue visible) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hub-form-note");
        if (visible != null) {
            l.visibleProperty().bind(visible);
            l.managedProperty().bind(visible);
        }
        setMargin(l, new javafx.geometry.Insets(3, 0, 3, 0));
        add(l, 0, row++, 2, 1);
        return l;
    }

    /** Flags the controls of {@code fields} with the {@code field-invalid} style class and clears the others. */
    public void mark(Collection<String> fields) {
        byField.forEach((field, node) -> {
            node.getStyleClass().remove("field-invalid");
            if (fields.contains(field)) node.getStyleClass().add("field-invalid");
        });
    }
}
