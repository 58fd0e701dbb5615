package dev.pipewright.studio.trigger;

import dev.pipewright.core.expression.WindowsTimeZones;
import dev.pipewright.core.form.Choice;
import dev.pipewright.core.trigger.TriggerForm;
import dev.pipewright.studio.controls.InvalidField;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The control of one trigger field: a text field (times, numbers, lists of hours), a picker (frequency, Started or
 * Stopped), an editable picker of Windows time zones, check boxes (week days, events) or a check box. Controls are
 * named {@code trigger-<key>} (a list's boxes {@code trigger-<key>-<Label>}); text commits on Enter and when the field
 * loses focus, pickers and boxes at once. A refused value is marked in place ({@link InvalidField}).
 */
final class TriggerFieldControls {
    private TriggerFieldControls() {
    }

    static Node control(TriggerFieldModel f) {
        return switch (f.spec().kind()) {
            case CHOICE -> picker(f, f.spec().choices().stream().map(Choice::label).toList(), false);
            case ZONE -> picker(f, WindowsTimeZones.names(), true);
            case MULTI -> boxes(f);
            case BOOL -> {
                CheckBox box = new CheckBox();
                box.setId(f.spec().id());
                box.selectedProperty().bindBidirectional(f.checkedProperty());
                box.setOnAction(e -> f.commitChecked());
                yield box;
            }
            default -> text(f);
        };
    }

    private static Node text(TriggerFieldModel f) {
        TextField field = new TextField();
        field.setId(f.spec().id());
        field.setPromptText(f.spec().hint());
        field.textProperty().bindBidirectional(f.textProperty());
        field.setOnAction(e -> f.commit());
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) f.commit();
        });
        return InvalidField.decorate(field, f.errorProperty(), f::revert);
    }

    private static Node picker(TriggerFieldModel f, List<String> options, boolean editable) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(options);
        box.setId(f.spec().id());
        box.setEditable(editable);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setValue(f.textProperty().get());
        f.textProperty().addListener((o, was, now) -> {
            if (!Objects.equals(box.getValue(), now)) box.setValue(now);
        });
        box.valueProperty().addListener((o, was, now) -> {
            if (now == null || f.isLoading() || now.equals(f.textProperty().get()) && f.errorProperty().get().isEmpty()) return;
            f.textProperty().set(now);
            f.commit();
        });
        if (editable) {
            box.getEditor().focusedProperty().addListener((o, was, now) -> {
                if (!now && !box.getEditor().getText().equals(f.textProperty().get())) box.setValue(box.getEditor().getText());
            });
        }
        return InvalidField.decorate(box, f.errorProperty(), f::revert);
    }

    /** Check boxes of a list; ticking one commits the labels ticked. */
    private static Node boxes(TriggerFieldModel f) {
        FlowPane row = new FlowPane(12, 4); // the seven week days wrap in a narrow pane instead of being cut
        row.setId(f.spec().id());
        List<CheckBox> boxes = new ArrayList<>();
        for (Choice c : f.spec().choices()) {
            CheckBox box = new CheckBox(c.label());
            box.setId(f.spec().id() + "-" + c.label().replace(' ', '-'));
            box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            box.setOnAction(e -> {
                f.textProperty().set(String.join(", ", boxes.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList()));
                f.commit();
            });
            boxes.add(box);
        }
        Runnable show = () -> {
            List<String> ticked = List.of(f.textProperty().get().split("\\s*,\\s*"));
            boxes.forEach(b -> b.setSelected(ticked.contains(b.getText())));
        };
        f.textProperty().addListener((o, was, now) -> show.run());
        show.run();
        row.getChildren().addAll(boxes);
        Label message = new Label();
        message.setId(f.spec().id() + "-error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(f.errorProperty());
        message.visibleProperty().bind(f.errorProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        f.errorProperty().addListener((o, was, now) -> InvalidField.mark(row, !now.isEmpty()));
        row.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) f.revert();
        });
        return new VBox(2, row, message);
    }

    /** The field's label, with ADF Studio's words for the status. */
    static String label(TriggerFieldModel f) {
        return f.spec() == TriggerForm.STATE ? "Status (Started / Stopped)" : f.spec().label();
    }
}
