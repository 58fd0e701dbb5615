package dev.pipewright.studio.properties;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.studio.controls.InvalidField;
import dev.pipewright.core.form.Field;
import dev.pipewright.core.form.TableEdits;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Builds one properties tab from its field specs: a text field, text area, check box or picker per field, and a
 * small table with Add and remove buttons for lists and parameters. Controls are named {@code field-<key>}
 * (cells {@code field-<key>-<row>-<column>}, buttons {@code field-<key>-add} and {@code field-<key>-remove-<row>}).
 * Text commits on Enter and when the field loses focus (Ctrl+Enter in a text area); pickers and check boxes at once.
 */
final class FormView {
    private static final Insets ROW = new Insets(3, 0, 3, 0);
    private final Consumer<String> preview;

    /** @param preview called with the dataset's name by a "Preview data" button */
    FormView(Consumer<String> preview) {
        this.preview = preview;
    }

    Node build(FormViewModel.TabModel tab) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("properties-form");
        grid.setHgap(10); // no vgap: hidden rows would keep theirs; each shown row has its own margin
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(190);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, controls);
        int row = 0;
        for (FieldViewModel f : tab.fields()) {
            Label label = new Label(f.spec().label());
            Node control = control(f);
            if (f.spec().value() != dev.pipewright.core.form.Field.Value.PLAIN && (f.spec().kind() == dev.pipewright.core.form.Field.Kind.TEXT
                    || f.spec().kind() == dev.pipewright.core.form.Field.Kind.MULTILINE)) {
                control = withDynamicContent(control, f, tab);
            }
            grid.addRow(row++, label, control);
            GridPane.setHgrow(control, Priority.ALWAYS);
            GridPane.setMargin(label, ROW);
            GridPane.setMargin(control, ROW);
            shownWhen(f.shownProperty(), label, control);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** A field that takes an expression gets ADF's "Add dynamic content" link under it. */
    private static Node withDynamicContent(Node control, FieldViewModel f, FormViewModel.TabModel tab) {
        javafx.scene.control.Hyperlink link = new javafx.scene.control.Hyperlink("Add dynamic content [Alt+Shift+D]");
        link.setId("field-" + f.spec().key() + "-dynamic");
        link.getStyleClass().add("dynamic-content-link");
        Runnable open = () -> DynamicContentDialog.ask(link.getScene() == null ? null : link.getScene().getWindow(), f.spec().label(),
                f.textProperty().get(), tab.dynamicContent().get()).ifPresent(text -> {
                    f.textProperty().set(text);
                    f.commit();
                });
        link.setOnAction(e -> open.run());
        control.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.D && e.isAltDown() && e.isShiftDown()) {
                open.run();
                e.consume();
            }
        });
        VBox box = new VBox(0, control, link);
        box.setFillWidth(true);
        return box;
    }

    private static void shownWhen(ObservableBooleanValue shown, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
    }

    private Node control(FieldViewModel f) {
        String id = "field-" + f.spec().key();
        return switch (f.spec().kind()) {
            case TEXT, INT -> text(f, new TextField(), id);
            case MULTILINE -> {
                TextArea area = new TextArea();
                area.setPrefRowCount(3);
                area.setWrapText(true);
                yield text(f, area, id);
            }
            case BOOL -> {
                CheckBox box = new CheckBox();
                box.setId(id);
                box.selectedProperty().bindBidirectional(f.checkedProperty());
                box.setOnAction(e -> f.commitChecked());
                yield box;
            }
            case CHOICE, REFERENCE, VARIABLE -> picker(f, id);
            default -> table(f, id);
        };
    }

    private static Node text(FieldViewModel f, TextInputControl field, String id) {
        field.setId(id);
        field.setPromptText(f.spec().hint());
        field.textProperty().bindBidirectional(f.textProperty());
        expressionStyle(field, f.expressionProperty());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && (field instanceof TextField || e.isControlDown())) {
                f.commit();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) f.commit();
        });
        return InvalidField.decorate(field, f.errorProperty(), f::revert);
    }

    private static void expressionStyle(Node node, ObservableBooleanValue expression) {
        Runnable apply = () -> {
            node.getStyleClass().remove("expression-field");
            if (expression.get()) node.getStyleClass().add("expression-field");
        };
        expression.addListener((o, was, now) -> apply.run());
        apply.run();
    }

    private Node picker(FieldViewModel f, String id) {
        ComboBox<String> box = new ComboBox<>(f.options());
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(f.spec().hint());
        box.setValue(f.textProperty().get());
        f.textProperty().addListener((o, was, now) -> {
            if (!Objects.equals(box.getValue(), now)) box.setValue(now);
        });
        box.valueProperty().addListener((o, was, now) -> {
            if (now == null || f.isLoading() || now.equals(f.textProperty().get())) return;
            f.textProperty().set(now);
            f.commit();
        });
        HBox.setHgrow(box, Priority.ALWAYS);
        Node shown = InvalidField.decorate(box, f.errorProperty(), f::revert);
        HBox.setHgrow(shown, Priority.ALWAYS);
        if (f.spec().previewButton() == null) return shown;
        Button previewData = new Button("Preview data");
        previewData.setId(f.spec().previewButton());
        previewData.setOnAction(e -> preview.accept(f.textProperty().get()));
        return new HBox(8, shown, DisabledReason.when(previewData, f.textProperty().isEmpty(), "Choose a dataset first"));
    }

    private static Node table(FieldViewModel f, String id) {
        VBox box = new VBox(4);
        box.setId(id);
        box.getStyleClass().add("properties-table");
        Runnable show = () -> showRows(f, id, box);
        f.rows().addListener((ListChangeListener<TableEdits.Row>) c -> show.run());
        show.run();
        Label message = new Label();
        message.setId(id + "-error");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.textProperty().bind(f.errorProperty().map(e -> e.isEmpty() ? "" : e + " — Escape in the cell puts the saved value back"));
        message.visibleProperty().bind(f.errorProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(2, box, message);
    }

    private static void showRows(FieldViewModel f, String id, VBox box) {
        box.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(6);
        grid.setVgap(4);
        List<String> headers = f.headers();
        for (int c = 0; c < headers.size(); c++) {
            Label h = new Label(headers.get(c));
            h.getStyleClass().add("properties-table-header");
            grid.add(h, c, 0);
        }
        for (int r = 0; r < f.rows().size(); r++) {
            TableEdits.Row row = f.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                Node cell = cell(f, row.cells().get(c), id + "-" + r + "-" + c, r, c);
                grid.add(cell, c, r + 1);
                GridPane.setHgrow(cell, Priority.ALWAYS);
            }
            if (row.removable()) {
                int index = r;
                Button remove = new Button("✕");
                remove.setId(id + "-remove-" + r);
                remove.setOnAction(e -> f.removeRow(index));
                grid.add(remove, row.cells().size(), r + 1);
            }
        }
        box.getChildren().add(grid);
        if (f.spec().keysFrom() == null) {
            Button add = new Button("+ New");
            add.setId(id + "-add");
            add.setOnAction(e -> f.addRow());
            box.getChildren().add(add);
        } else if (f.rows().isEmpty()) {
            box.getChildren().add(new Label("No parameters"));
        }
    }

    private static Node cell(FieldViewModel f, TableEdits.Cell cell, String id, int row, int column) {
        if (!cell.editable()) {
            Label l = new Label(cell.text());
            l.setId(id);
            return l;
        }
        if (!cell.options().isEmpty() && f.spec().kind() != Field.Kind.STRINGS || !cell.options().isEmpty() && cell.options().contains(cell.text())) {
            ComboBox<String> box = new ComboBox<>();
            box.getItems().setAll(cell.options());
            box.setEditable(f.spec().kind() == Field.Kind.STRINGS);
            box.setValue(cell.text());
            // a narrow pane squeezed a box to its arrow, so its choice read blank: the text fields give way instead
            box.setMinWidth(Region.USE_PREF_SIZE);
            box.setId(id);
            box.setOnAction(e -> {
                if (box.getValue() != null && !box.getValue().equals(cell.text())) commitCell(f, box, row, column, box.getValue());
            });
            return box;
        }
        TextField field = new TextField(cell.text());
        field.setId(id);
        if (cell.expression() || field.getText().startsWith("@")) field.getStyleClass().add("expression-field");
        field.setOnAction(e -> commitCell(f, field, row, column, field.getText()));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !field.getText().equals(cell.text())) commitCell(f, field, row, column, field.getText());
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && field.getStyleClass().contains(InvalidField.INVALID)) {
                field.setText(cell.text());
                InvalidField.mark(field, false);
                f.revert();
                e.consume();
            }
        });
        return field;
    }

    /** Commits a cell; a refused value stays in it, marked, with the reason under the table. */
    private static void commitCell(FieldViewModel f, Node control, int row, int column, String text) {
        boolean ok = f.commitCell(row, column, text);
        InvalidField.mark(control, !ok && !f.errorProperty().get().isEmpty());
    }
}
