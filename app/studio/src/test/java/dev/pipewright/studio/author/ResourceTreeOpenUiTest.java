package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import javafx.scene.Node;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Factory Resources reopens a closed tab from the row that is still selected, and a new factory starts unfiltered. */
class ResourceTreeOpenUiTest extends AuthorUiBase {
    private static final String PIPELINE = "PL_Daily_Sales_Load";

    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    private Node row(FxRobot robot, String name) throws Exception {
        fx(() -> {
            window.authorView().resourceTree().filterField().setText(name);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-cell").match((TreeCell<?> c) -> name.equals(c.getText())).query();
    }

    private void closeTabs() throws Exception {
        fx(() -> {
            for (ResourceEditorViewModel e : java.util.List.copyOf(viewModel.editors().editors())) viewModel.editors().close(e);
            return null;
        });
        assertEquals(0, (int) fx(() -> viewModel.editors().editors().size()));
    }

    private void awaitOpen() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> viewModel.editors().editors().stream()
                .anyMatch(e -> e.resource().name().equals(PIPELINE)));
    }

    @Test
    void aClosedTabReopensByClickDoubleClickOrEnterOnTheSelectedRow(FxRobot robot) throws Exception {
        openFactory();
        Node row = row(robot, PIPELINE);
        robot.clickOn(row);
        awaitOpen();

        closeTabs();
        robot.clickOn(row);
        awaitOpen();

        closeTabs();
        robot.doubleClickOn(row, MouseButton.PRIMARY);
        awaitOpen();

        closeTabs();
        robot.clickOn(row);
        closeTabs();
        robot.type(KeyCode.ENTER);
        awaitOpen();
    }

    @Test
    void anotherFactoryOpensWithoutTheFilterOfThePreviousOne(FxRobot robot) throws Exception {
        openFactory();
        row(robot, PIPELINE);
        Factory before = fx(() -> viewModel.factoryProperty().get());
        fx(() -> {
            viewModel.reload();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.factoryProperty().get() != null
                && viewModel.factoryProperty().get() != before);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(PIPELINE, fx(() -> window.authorView().resourceTree().filterField().getText()), "a reload keeps the filter");

        Path other = temp.resolve("other");
        assertTrue(FactoryWriter.export(Factory.load(fixture.root), other).ok());
        fx(() -> viewModel.open(other));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> viewModel.factoryProperty().get() != null
                && viewModel.factoryProperty().get().root().equals(other));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", fx(() -> window.authorView().resourceTree().filterField().getText()), "another factory starts unfiltered");

        // a factory that cannot be read does not show the previous one's filter either, nor does one still loading
        row(robot, PIPELINE);
        fx(() -> viewModel.open(temp.resolve("missing")));
        assertEquals("", fx(() -> window.authorView().resourceTree().filterField().getText()), "cleared as the factory opens");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> viewModel.statusProperty().get()).startsWith("Could not open"));
        assertEquals("", fx(() -> window.authorView().resourceTree().filterField().getText()), "and stays so when it cannot be read");
    }
}
