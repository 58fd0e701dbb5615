package dev.pipewright.studio.properties;

import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.studio.author.AuthorUiBase;
import dev.pipewright.studio.canvas.PipelineEditorView;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Add dynamic content on a Filter's condition: checked as typed, items inserted at the caret, evaluated, written back. */
class DynamicContentUiTest extends AuthorUiBase {
    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @Test
    void builderInsertsChecksEvaluatesAndWritesTheField(FxRobot robot) throws Exception {
        openFactory();
        open(ResourceKind.PIPELINE, "PL_Daily_Sales_Load");
        PipelineEditorView editor = fx(() -> window.authorView().activeEditor());
        fx(() -> {
            editor.viewModel().canvas().select(List.of("FLT_CsvFiles"));
            editor.showTab("tab-settings");
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#field-condition-dynamic").tryQuery().isPresent());
        robot.clickOn("#field-condition-dynamic");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dynamic-text").tryQuery().isPresent());

        TextArea text = robot.lookup("#dynamic-text").queryAs(TextArea.class);
        robot.interact(() -> text.setText("@toLowr('X')"));
        assertTrue(robot.lookup("#dynamic-check").queryAs(Label.class).getText().startsWith("PW412"), "checked as typed");

        robot.interact(() -> {
            text.setText("@equals(, 'emea')");
            text.positionCaret("@equals(".length());
        });
        assertTrue(robot.lookup("#dynamic-check").queryAs(Label.class).getText().startsWith("PW411"));
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#dynamic-tree").queryAs(TreeView.class);
        robot.interact(() -> {
            TreeItem<Object> parameters = tree.getRoot().getChildren().stream().filter(g -> g.getValue().toString().startsWith("Parameters")).findFirst().orElseThrow();
            TreeItem<Object> region = parameters.getChildren().stream().filter(i -> i.getValue().toString().equals("region")).findFirst().orElseThrow();
            tree.getSelectionModel().select(region);
        });
        robot.clickOn("#dynamic-insert");
        assertEquals("@equals(pipeline().parameters.region, 'emea')", text.getText(), "inserted at the caret");
        assertEquals("The expression is valid", robot.lookup("#dynamic-check").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#dynamic-help").queryAs(Label.class).getText().startsWith("pipeline().parameters.region"));
        assertTrue(tree.getRoot().getChildren().stream().anyMatch(g -> g.getValue().toString().startsWith("Activity outputs")),
                "the outputs of the activities before it");

        robot.clickOn("#dynamic-evaluate");
        assertEquals("Value with the defaults: true", robot.lookup("#dynamic-value").queryAs(Label.class).getText());
        dev.pipewright.studio.shell.Snapshots.windowInBothThemes(stage.getScene(), viewModel.themeProperty(), text.getScene(), "dynamic-content");

        DialogPane pane = robot.lookup("#dynamic-content").queryAs(DialogPane.class);
        robot.clickOn(fx(() -> pane.lookupButton(ButtonType.OK)));
        WaitForAsyncUtils.waitForFxEvents();
        String condition = fx(() -> editor.viewModel().pipeline().json().at("/properties/activities/3/typeProperties/condition").toString());
        assertTrue(condition.contains("@equals(pipeline().parameters.region, 'emea')") && condition.contains("\"Expression\""), condition);
    }
}
