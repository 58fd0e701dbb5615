package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.TestFactories;
import dev.pipewright.studio.author.ResourceTreeNode;
import dev.pipewright.studio.theme.Theme;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real window, headless through Monocle, on a small factory written to a temp folder. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path temp;
    private static Path factoryRoot;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private MainWindowViewModel viewModel;
    private Stage stage;

    @BeforeAll
    static void writeFactory() throws Exception {
        factoryRoot = TestFactories.small(temp, "contoso-adf");
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        viewModel = new MainWindowViewModel(executor, Factory::load);
        MainWindow window = new MainWindow(viewModel);
        stage.titleProperty().bind(viewModel.titleProperty());
        stage.setScene(window.createScene(1100, 700));
        stage.show();
        viewModel.open(factoryRoot);
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    private void awaitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheFactoryInTitleTreeAndStatusBar(FxRobot robot) throws Exception {
        awaitLoaded();

        assertEquals("Pipewright — contoso-adf", stage.getTitle());
        TreeView<ResourceTreeNode> tree = tree(robot);
        assertEquals(List.of("Pipelines (3)", "Datasets (1)", "Data flows (0)", "Triggers (1)"), childLabels(tree.getRoot()));
        TreeItem<ResourceTreeNode> pipelines = tree.getRoot().getChildren().get(0);
        assertEquals(List.of("Sales", "Archive"), childLabels(pipelines));
        assertEquals(List.of("Daily", "LoadSales"), childLabels(pipelines.getChildren().get(0)));
        // Groups start open: their first level is on screen as cells.
        assertTrue(robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .anyMatch(cell -> "Sales".equals(cell.getText()) && cell.isVisible()));
        assertEquals("3 pipelines · 1 dataset · 0 data flows · 1 trigger · 1 problem",
                robot.lookup("#status-text").queryAs(Label.class).getText());
    }

    @Test
    void typingInTheFilterReducesTheTreeAndEscapeRestoresIt(FxRobot robot) throws Exception {
        awaitLoaded();
        TreeView<ResourceTreeNode> tree = tree(robot);
        int allRows = fx(tree::getExpandedItemCount);

        robot.clickOn("#resource-filter").write("return");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(List.of("Pipelines (1)", "Datasets (0)", "Data flows (0)", "Triggers (0)"), childLabels(tree.getRoot()));
        // The match is shown inside its folders, opened for it: Pipelines, Sales, Daily, loadReturns.
        assertEquals(List.of("Pipelines (1)", "Sales", "Daily", "loadReturns", "Datasets (0)", "Data flows (0)", "Triggers (0)"),
                visibleRows(tree));
        assertTrue(fx(tree::getExpandedItemCount) < allRows);

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#resource-filter").queryAs(TextField.class).getText());
        assertEquals(allRows, fx(tree::getExpandedItemCount), "the unfiltered layout comes back");
    }

    @Test
    void ctrlFFocusesTheFilterFromAnyHub(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#hub-monitor");
        assertEquals(Hub.MONITOR, viewModel.hubProperty().get());
        assertTrue(robot.lookup("#runs-table").tryQuery().isPresent(), "the Monitor hub lists pipeline runs");

        robot.push(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(Hub.AUTHOR, viewModel.hubProperty().get());
        assertTrue(robot.lookup("#resource-filter").query().isFocused());
    }

    @Test
    void railKeepsOneHubSelected(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("#hub-manage").clickOn("#hub-manage");
        assertEquals(Hub.MANAGE, viewModel.hubProperty().get());
        assertTrue(robot.lookup("#hub-manage").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#manage-nav").query().isVisible(), "the Manage hub shows its sections");
    }

    @Test
    void themeSwitchesByShortcutAndByMenu(FxRobot robot) throws Exception {
        awaitLoaded();
        assertEquals(Theme.LIGHT.stylesheets(), stage.getScene().getStylesheets());

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.DARK.stylesheets(), stage.getScene().getStylesheets());
        assertTrue(stage.getScene().getStylesheets().stream().anyMatch(url -> url.endsWith("/dark.css")));
        assertTrue(stage.getScene().getStylesheets().stream().noneMatch(url -> url.endsWith("/light.css")));

        robot.clickOn("View").clickOn("Dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Theme.LIGHT, viewModel.themeProperty().get());
        assertEquals(Theme.LIGHT.stylesheets(), stage.getScene().getStylesheets());
    }

    @Test
    void snapshotsInBothThemesAreDrawnAndDiffer(FxRobot robot) throws Exception {
        awaitLoaded();
        robot.clickOn("Archive"); // something selected, so the editor area shows it
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Archive", robot.lookup("#editor-title").queryAs(Label.class).getText());

        Snapshots.Stats light = Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "studio-light.png"));
        fx(() -> {
            viewModel.toggleTheme();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.Stats dark = Snapshots.save(stage.getScene(), Path.of("target", "screenshots", "studio-dark.png"));

        assertTrue(light.distinctColors() > 50, "a drawn window has text and icons, not one flat color: " + light);
        assertTrue(dark.distinctColors() > 50, dark.toString());
        assertTrue(dark.meanLuminance() < light.meanLuminance() - 0.3,
                "the dark theme is darker: light " + light + ", dark " + dark);
    }

    private static TreeView<ResourceTreeNode> tree(FxRobot robot) {
        return robot.lookup("#resource-tree").queryAs(TreeView.class);
    }

    private static List<String> childLabels(TreeItem<ResourceTreeNode> item) throws Exception {
        return fx(() -> item.getChildren().stream().map(child -> child.getValue().label()).toList());
    }

    /** Labels of the rows the tree shows (expanded items), top to bottom. */
    private static List<String> visibleRows(TreeView<ResourceTreeNode> tree) throws Exception {
        return fx(() -> {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < tree.getExpandedItemCount(); i++) rows.add(tree.getTreeItem(i).getValue().label());
            return rows;
        });
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
