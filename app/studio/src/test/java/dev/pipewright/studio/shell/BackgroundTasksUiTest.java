package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.hub.HubFixture;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.controlsfx.control.TaskProgressView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long background task is listed in the status bar with its progress, and Cancel there stops it. */
@ExtendWith(ApplicationExtension.class)
class BackgroundTasksUiTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private HubFixture fixture;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        fixture = new HubFixture(Files.createTempDirectory("pipewright-tasks"), true);
        window = new MainWindow(new MainWindowViewModel(executor, Factory::load), fixture.services);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
        fixture.close();
    }

    @Test
    void aRunningTaskIsListedWithItsProgressAndCancelStopsIt(FxRobot robot) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        Task<Void> slow = WaitForAsyncUtils.asyncFx(() -> new Task<Void>() {
            {
                updateTitle("Copying 1,000 files");
            }

            @Override
            protected Void call() throws Exception {
                updateProgress(1, 4);
                updateMessage("250 of 1,000");
                never.await(); // until cancelled (an interrupt)
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        fixture.services.executor().execute(slow);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-tasks").queryButton().isVisible());
        assertEquals("1 task", robot.lookup("#status-tasks").queryButton().getText());
        StatusBar bar = robot.lookup(".status-bar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar.getProgress() == 0.25);

        robot.clickOn("#status-tasks");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-task-list").tryQuery().isPresent());
        TaskProgressView<?> list = robot.lookup("#status-task-list").queryAs(TaskProgressView.class);
        assertEquals(1, list.getTasks().size());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".task-cancel-button").tryQuery().isPresent());
        Button cancel = robot.from(list).lookup(".task-cancel-button").queryButton();
        robot.clickOn(cancel);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, slow::isCancelled);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#status-tasks").queryButton().isVisible());
        assertEquals(0.0, bar.getProgress());
        assertTrue(list.getTasks().isEmpty());
        assertFalse(robot.lookup("#status-tasks").queryButton().isManaged());
    }
}
