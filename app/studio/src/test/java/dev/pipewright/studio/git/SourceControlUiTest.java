package dev.pipewright.studio.git;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.git.testing.GitCli;
import dev.pipewright.git.testing.SampleFactory;
import dev.pipewright.git.testing.TestRepositories;
import dev.pipewright.studio.shell.Hub;
import dev.pipewright.studio.shell.MainWindow;
import dev.pipewright.studio.shell.MainWindowViewModel;
import dev.pipewright.studio.shell.Snapshots;
import dev.pipewright.studio.theme.Theme;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.controlsfx.control.NotificationPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Source control in the real window (headless through Monocle) against a bare repository on disk made with the git
 * command: the branch selector, changed resources coloured in Factory Resources and listed in the Changes hub with
 * their diff and semantic summary, commit and push; a pull that conflicts, resolved per member in the merge view.
 * What the studio wrote is checked with the git command.
 */
@ExtendWith(ApplicationExtension.class)
class SourceControlUiTest {
    private static final AtomicInteger RUN = new AtomicInteger();
    @TempDir
    static Path temp;

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private MainWindowViewModel viewModel;
    private MainWindow window;
    private Path bare;
    private Path clone;

    @Start
    void start(Stage stage) {
        Path dir = temp.resolve("run" + RUN.incrementAndGet());
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        bare = TestRepositories.bare(dir, "factory.git");
        TestRepositories.commit(bare, "main", "Factory", SampleFactory.files());
        git(dir, "clone", "-q", bare.toUri().toString(), "work");
        clone = dir.resolve("work");
        git(clone, "config", "user.name", GitCli.NAME);
        git(clone, "config", "user.email", GitCli.EMAIL);
        viewModel = new MainWindowViewModel(executor, Factory::load);
        window = new MainWindow(viewModel);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        viewModel.open(clone);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private SourceControlViewModel sc() {
        return window.sourceControl().viewModel();
    }

    private void awaitOnBranch(String branch) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> branch.equals(window.sourceControl().branchSelector().getText()) && !sc().runningProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clonedFeatureBranchEditedOnTheCanvasColouredDiffedCommittedAndPushed(FxRobot robot) throws Exception {
        awaitOnBranch("main");
        // File › Clone repository…: the folder follows the URL; the cloned factory opens
        robot.clickOn("File").clickOn("Clone repository…");
        robot.clickOn("#clone-url").write(bare.toUri().toString());
        Path mine = clone.resolveSibling("factory");
        assertEquals(mine.toString(), robot.lookup("#clone-folder").queryTextInputControl().getText());
        robot.clickOn("Clone");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> mine.equals(viewModel.factoryRootProperty().get()) && viewModel.factoryProperty().get() != null));
        clone = mine;
        git(clone, "config", "user.name", GitCli.NAME);
        git(clone, "config", "user.email", GitCli.EMAIL);
        awaitOnBranch("main");
        MenuButton selector = window.sourceControl().branchSelector();
        assertTrue(selector.isVisible());

        robot.clickOn("#branch-selector").clickOn("New branch…");
        robot.lookup("#branch-name").queryTextInputControl();
        robot.clickOn("#branch-name").write("feature/timeout").type(KeyCode.ENTER);
        awaitOnBranch("feature/timeout");
        assertEquals("feature/timeout", git(clone, "rev-parse", "--abbrev-ref", "HEAD").strip());

        // an activity added on the canvas and saved: the folder watcher reads the changes again
        var editor = fx(() -> viewModel.editors().open("PL_Sales").orElseThrow());
        String added = fx(() -> editor.canvas().addBesideOthers(dev.pipewright.core.edit.ActivityCatalog.byType("Wait").orElseThrow()).orElseThrow());
        var saved = fx(editor::save);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, saved::isDone);
        assertTrue(Files.readString(clone.resolve(SampleFactory.PIPELINE)).contains(added));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sc().changes().size() == 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> coloured(robot, "PL_Sales", "git-modified")), "PL_Sales is coloured as modified");

        robot.clickOn("#" + Hub.CHANGES.buttonId());
        ChangesView changes = window.sourceControl().changesView();
        TreeItem<Object> group = changes.tree().getRoot().getChildren().get(0);
        assertEquals("Modified (1)", group.getValue().toString());
        robot.interact(() -> changes.tree().getSelectionModel().select(group.getChildren().get(0)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> changes.diff().afterArea().getText().contains(added)));
        ListView<String> summary = robot.lookup("#changes-summary").queryListView();
        assertEquals(List.of("activity " + added + " added"), fx(() -> List.copyOf(summary.getItems())));
        var after = changes.diff().afterArea();
        int line = fx(() -> lineOf(after.getText(), "\"" + added + "\""));
        assertTrue(fx(() -> after.getStyleOfChar(after.getAbsolutePosition(line, 4)).contains("diff-added")), "the added activity is marked in the working tree");
        int unchanged = fx(() -> lineOf(after.getText(), "\"CP_Sales\""));
        assertFalse(fx(() -> after.getStyleOfChar(after.getAbsolutePosition(unchanged, 4)).contains("diff-added")), "an unchanged line is not marked");
        var before = changes.diff().beforeArea();
        assertFalse(fx(() -> before.getText().contains(added)), "HEAD has no new activity");

        snapshots(robot, "changes");

        Button commitAll = robot.lookup("#commit-all").queryButton();
        assertTrue(commitAll.isDisabled(), "no commit without a message");
        robot.clickOn("#commit-message").write("Wait before copying");
        robot.clickOn("#commit-all");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sc().messageProperty().get().startsWith("Committed")));
        assertEquals("Wait before copying", git(clone, "log", "-1", "--format=%s").strip());
        assertEquals("", git(clone, "status", "--porcelain").strip());
        robot.clickOn("#" + Hub.AUTHOR.buttonId());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sc().changes().isEmpty() && !coloured(robot, "PL_Sales", "git-modified")));

        robot.clickOn("#" + Hub.CHANGES.buttonId()).clickOn("#changes-push");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> sc().messageProperty().get().startsWith("Pushed")));
        assertEquals(git(clone, "rev-parse", "HEAD").strip(), git(bare, "rev-parse", "feature/timeout").strip());
        assertTrue(robot.lookup("#changes-pull-request").queryButton().isDisabled(), "a file:// remote has no pull-request page");
    }

    @Test
    void conflictingPullResolvedPerMemberAndFinished(FxRobot robot) throws Exception {
        awaitOnBranch("main");
        // someone else changes the same property and pushes first
        TestRepositories.commit(bare, "main", "Copy timeout one day", Map.of(SampleFactory.PIPELINE, SampleFactory.pipeline("1.00:00:00", "")));
        Files.writeString(clone.resolve(SampleFactory.PIPELINE), SampleFactory.pipeline("0.02:00:00", ""));
        git(clone, "commit", "-q", "-am", "Copy timeout two hours");

        robot.clickOn("#" + Hub.CHANGES.buttonId());
        robot.clickOn("#changes-pull");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fx(() -> sc().mergeProperty().get().inProgress() && !sc().changes().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();
        ChangesView changes = window.sourceControl().changesView();
        TreeItem<Object> group = changes.tree().getRoot().getChildren().get(0);
        assertEquals("Conflicted (1)", group.getValue().toString());
        assertTrue(robot.lookup("#merge-finish").query().isVisible());
        assertTrue(robot.lookup("#merge-finish").queryButton().isDisabled(), "a merge with conflicts left cannot be finished");

        // outside the Changes hub, the bar over the hubs says a merge waits, and leads back to it
        robot.clickOn("#" + Hub.AUTHOR.buttonId());
        NotificationPane bar = robot.lookup("#disk-changes").queryAs(NotificationPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> bar.isShowing() && bar.getText().contains("1 conflicted file")));
        fx(() -> {
            bar.getActions().stream().filter(a -> a.getText().equals("Open Changes")).findFirst().orElseThrow().handle(null);
            return null;
        });
        assertEquals(Hub.CHANGES, fx(() -> viewModel.hubProperty().get()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() -> !bar.isShowing()));

        robot.interact(() -> changes.tree().getSelectionModel().select(group.getChildren().get(0)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> robot.lookup("#merge-0-theirs").tryQuery().map(n -> n.getScene() != null).orElse(false)
                && !sc().runningProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        Label member = robot.lookup(".merge-member").queryAs(Label.class);
        assertEquals("properties.activities[CP_Sales].policy.timeout", member.getText());
        robot.clickOn("#merge-0-theirs");
        assertTrue(fx(() -> changes.mergePane().resultArea().getText().contains("\"timeout\": \"1.00:00:00\"")));
        snapshots(robot, "merge");
        robot.clickOn("#merge-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sc().mergeProperty().get().resolved()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#merge-finish");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> !sc().mergeProperty().get().inProgress() && !sc().runningProperty().get()));

        String merged = Files.readString(clone.resolve(SampleFactory.PIPELINE));
        assertEquals(SampleFactory.pipeline("1.00:00:00", ""), merged, "theirs taken, written in ADF's format");
        assertEquals(2, git(clone, "log", "-1", "--format=%P").strip().split(" ").length, "a merge commit");
        assertEquals("", git(clone, "status", "--porcelain").strip());
        assertFalse(fx(() -> robot.lookup("#merge-finish").query().isVisible()));
    }

    @Test
    void gitConfigurationEditedFromTheBranchSelectorAndAMissingRootFolderRefused(FxRobot robot) throws Exception {
        awaitOnBranch("main");
        robot.clickOn("#branch-selector").clickOn("Git configuration…");
        robot.interact(() -> robot.lookup("#settings-publish").queryTextInputControl().setText("release_publish"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> "release_publish".equals(sc().workingCopyProperty().get().settings().publishBranch())));

        robot.clickOn("#branch-selector").clickOn("Git configuration…");
        robot.interact(() -> robot.lookup("#settings-root").queryTextInputControl().setText("/nope"));
        robot.clickOn("OK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sc().messageProperty().get().contains("is not in the repository")));
        assertEquals("", fx(() -> sc().workingCopyProperty().get().settings().rootFolder()), "refused: the settings are as before");
        assertEquals(clone, fx(() -> viewModel.factoryRootProperty().get()));
    }

    /** The window in both themes, for docs/screenshots (target/screenshots/<name>-light.png and -dark.png). */
    private void snapshots(FxRobot robot, String name) throws Exception {
        for (Theme theme : new Theme[] {Theme.DARK, Theme.LIGHT}) {
            robot.interact(() -> viewModel.themeProperty().set(theme));
            WaitForAsyncUtils.waitForFxEvents();
            Snapshots.Stats stats = Snapshots.save(window.getScene(), Path.of("target", "screenshots", name + "-" + theme.name().toLowerCase(java.util.Locale.ROOT) + ".png"));
            assertTrue(stats.distinctColors() > 20, name + " in " + theme + " is drawn");
        }
    }

    /** Whether the Factory Resources row showing {@code name} has the change's pseudo-class (read on the JavaFX thread). */
    private static boolean coloured(FxRobot robot, String name, String pseudoClass) {
        TreeCell<?> cell = robot.lookup(".resource-cell").match((TreeCell<?> c) -> name.equals(c.getText())).query();
        return cell.getPseudoClassStates().contains(PseudoClass.getPseudoClass(pseudoClass));
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(needle)) return i;
        throw new AssertionError(needle + " not in " + text);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
