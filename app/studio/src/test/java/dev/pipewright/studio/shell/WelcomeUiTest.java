package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.canvas.PositionStore;
import dev.pipewright.studio.hub.HubFixture;
import dev.pipewright.studio.workspace.RecentFactories;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With no factory open the Welcome page lists the recent factories (missing ones marked) and opens them; Help reaches it again. */
@ExtendWith(ApplicationExtension.class)
class WelcomeUiTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private HubFixture fixture;
    private MainWindowViewModel viewModel;
    private MainWindow window;
    private Path missing;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new HubFixture(Files.createTempDirectory("pipewright-welcome"), true);
        missing = fixture.root.resolveSibling("gone-factory");
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        RecentFactories recent = new RecentFactories() {
            @Override
            public void opened(Path root) {
            }

            @Override
            public List<Path> recent() {
                return List.of(fixture.root, missing);
            }

            @Override
            public Map<Path, Instant> openedTimes() {
                return Map.of(fixture.root, twoHoursAgo, missing, twoHoursAgo.minus(Duration.ofDays(3)));
            }
        };
        viewModel = new MainWindowViewModel(executor, Factory::load, PositionStore.inMemory(), recent);
        window = new MainWindow(viewModel, fixture.services);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        viewModel.showNoFactory();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        fixture.close();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    @Test
    void recentFactoriesOpenFromTheWelcomePageAndHelpShowsItAgain(FxRobot robot) throws Exception {
        assertTrue(fx(window::welcomeShown));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".welcome-missing").tryQuery().isPresent());
        List<Hyperlink> links = List.copyOf(robot.lookup(".welcome-recent-name").queryAllAs(Hyperlink.class));
        assertEquals(2, links.size());
        Hyperlink gone = links.stream().filter(l -> l.getText().equals("gone-factory")).findFirst().orElseThrow();
        assertTrue(gone.isDisabled(), "a factory whose folder is gone cannot be opened");
        assertTrue(robot.lookup(".welcome-missing").queryAs(Label.class).getText().contains("(missing"));
        assertTrue(robot.lookup((Label l) -> "opened 2 hours ago".equals(l.getText())).tryQuery().isPresent());
        assertTrue(robot.lookup("#welcome-demo").tryQuery().isPresent());
        Snapshots.inBothThemes(window.getScene(), viewModel.themeProperty(), "welcome");

        Hyperlink present = links.stream().filter(l -> !l.isDisabled()).findFirst().orElseThrow();
        robot.clickOn(present);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> viewModel.factoryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fx(window::welcomeShown), "the opened factory's hub takes its place");

        robot.clickOn("Help").clickOn("#menu-welcome");
        assertTrue(fx(window::welcomeShown));
        robot.clickOn("#" + Hub.AUTHOR.buttonId());
        assertFalse(fx(window::welcomeShown));

        robot.clickOn("Help").clickOn("#menu-shortcuts");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-table").tryQuery().isPresent());
        TableView<HelpWindows.Shortcut> table = robot.lookup("#shortcuts-table").queryTableView();
        assertTrue(table.getItems().stream().anyMatch(s -> s.command().equals("Save all") && s.menu().equals("File")), table.getItems().toString());
        robot.clickOn("#shortcuts-close");
        robot.clickOn("Help").clickOn("#menu-docs");
        WaitForAsyncUtils.waitForFxEvents();
        String told = fx(() -> window.sourceControl().viewModel().messageProperty().get());
        assertTrue(told.endsWith("/docs/") || told.endsWith("/docs"), "without a browser the docs' place is told: " + told);
    }
}
