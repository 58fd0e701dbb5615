package dev.pipewright.studio.properties;

import dev.pipewright.core.dynamic.DynamicContent;
import dev.pipewright.core.expression.ExpressionCatalog;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * ADF's "Add dynamic content" (the pipeline expression builder): the expression on top, checked as it is typed with
 * the validator's codes; below it what can go in — system variables, functions by group with signature and
 * description, parameters, global parameters, variables, the outputs of the activities before this one, the ForEach
 * item — inserted at the caret by a double-click (or Insert). Beyond ADF: Evaluate shows its value with the defaults.
 */
final class DynamicContentDialog extends Dialog<String> {
    /** A tree leaf: what is shown, what is inserted, what the help line says. */
    private record Insertable(String label, String insert, String help) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final TextArea text = new TextArea();
    private final DynamicContent content;

    DynamicContentDialog(Window owner, String fieldLabel, String current, DynamicContent content) {
        this.content = content;
        if (owner != null) initOwner(owner);
        setTitle("Add dynamic content");
        setHeaderText("Add dynamic content: " + fieldLabel);
        text.setId("dynamic-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        text.setText(current == null || current.isBlank() ? "@" : current);
        Label check = new Label();
        check.setId("dynamic-check");
        check.setWrapText(true);
        text.textProperty().addListener((obs, old, now) -> showCheck(check, now));
        showCheck(check, text.getText());
        Label value = new Label();
        value.setId("dynamic-value");
        value.setWrapText(true);
        Button evaluate = new Button("Evaluate");
        evaluate.setId("dynamic-evaluate");
        evaluate.setTooltip(new javafx.scene.control.Tooltip("Evaluate the expression with the parameters' and variables' defaults"));
        evaluate.setOnAction(e -> {
            DynamicContent.Evaluation result = content.evaluate(text.getText());
            value.setText(result.ok() ? "Value with the defaults: " + result.value() : "Cannot evaluate: " + result.error());
        });

        TextField filter = new TextField();
        filter.setId("dynamic-filter");
        filter.setPromptText("Filter functions and values");
        TreeView<Object> tree = new TreeView<>();
        tree.setId("dynamic-tree");
        tree.setShowRoot(false);
        Label help = new Label("Double-click an item to insert it at the cursor.");
        help.setId("dynamic-help");
        help.setWrapText(true);
        fill(tree, "");
        filter.textProperty().addListener((obs, old, now) -> fill(tree, now));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null && item.getValue() instanceof Insertable i) help.setText(i.help());
        });
        Button insert = new Button("Insert");
        insert.setId("dynamic-insert");
        insert.setOnAction(e -> insertSelected(tree));
        tree.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) insertSelected(tree);
        });

        HBox actions = new HBox(8, evaluate, value);
        HBox.setHgrow(value, Priority.ALWAYS);
        VBox top = new VBox(6, text, check, actions);
        VBox left = new VBox(6, filter, tree, insert);
        VBox.setVgrow(tree, Priority.ALWAYS);
        BorderPane helpPane = new BorderPane();
        helpPane.setTop(help);
        BorderPane.setMargin(help, new Insets(6));
        SplitPane split = new SplitPane(left, helpPane);
        split.setDividerPositions(0.55);
        BorderPane root = new BorderPane(split, top, null, null, null);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        root.setPrefSize(760, 560);
        getDialogPane().setContent(root);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setId("dynamic-content");
        if (owner != null && owner.getScene() != null) getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        setOnShown(e -> text.requestFocus());
    }

    /** Asks for the field's new text; empty when cancelled. */
    static Optional<String> ask(Window owner, String fieldLabel, String current, DynamicContent content) {
        return new DynamicContentDialog(owner, fieldLabel, current, content).showAndWait();
    }

    private static void showCheck(Label check, String value) {
        List<String> problems = DynamicContent.check(value);
        check.setText(problems.isEmpty() ? (value.startsWith("@") || value.contains("@{") ? "The expression is valid" : "Plain text (no expression)")
                : String.join("\n", problems));
        check.getStyleClass().remove("dynamic-invalid");
        if (!problems.isEmpty()) check.getStyleClass().add("dynamic-invalid");
    }

    private void insertSelected(TreeView<Object> tree) {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || !(item.getValue() instanceof Insertable i)) return;
        String current = text.getText();
        int caret = text.getCaretPosition();
        // an expression starts with @: typed into empty text, the item becomes one
        String insert = current.isEmpty() ? "@" + i.insert() : i.insert();
        text.insertText(caret, insert);
        text.requestFocus();
    }

    private void fill(TreeView<Object> tree, String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
        TreeItem<Object> root = new TreeItem<>("root");
        group(root, "System variables", ExpressionCatalog.systemVariables().stream()
                .map(v -> new Insertable(v.text(), v.text(), v.text() + "\n" + v.description())).toList(), f);
        ExpressionCatalog.functionsByGroup().forEach((name, functions) -> group(root, name + " functions", functions.stream()
                .map(fn -> new Insertable(fn.name(), fn.insertText(), fn.signature() + "\n" + fn.description())).toList(), f));
        group(root, "Parameters", entries(content.parameters()), f);
        group(root, "Global parameters", entries(content.globalParameters()), f);
        group(root, "Variables", entries(content.variables()), f);
        group(root, "Activity outputs", entries(content.activityOutputs()), f);
        if (content.inLoop()) group(root, "ForEach iterator", List.of(new Insertable("item()", "item()", "item()\nThe current element of the ForEach")), f);
        tree.setRoot(root);
    }

    private static List<Insertable> entries(List<DynamicContent.Entry> entries) {
        return entries.stream().map(e -> new Insertable(e.label(), e.insert(), e.insert() + "\n" + e.detail())).toList();
    }

    private static void group(TreeItem<Object> root, String title, List<Insertable> items, String filter) {
        List<Insertable> shown = items.stream().filter(i -> filter.isEmpty() || i.label().toLowerCase(java.util.Locale.ROOT).contains(filter)
                || i.insert().toLowerCase(java.util.Locale.ROOT).contains(filter)).toList();
        if (shown.isEmpty()) return;
        TreeItem<Object> group = new TreeItem<>(title + " (" + shown.size() + ")");
        shown.forEach(i -> group.getChildren().add(new TreeItem<>(i)));
        group.setExpanded(!filter.isEmpty() || title.equals("Parameters") || title.equals("Activity outputs"));
        root.getChildren().add(group);
    }

    TextArea textArea() {
        return text;
    }
}
