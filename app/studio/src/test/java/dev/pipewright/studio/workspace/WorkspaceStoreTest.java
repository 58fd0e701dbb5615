package dev.pipewright.studio.workspace;

import dev.pipewright.studio.canvas.Positions;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceStoreTest {
    @TempDir
    Path temp;

    /** The editors validate on a JavaFX timeline: the toolkit must run, even when this class is the first in its JVM. */
    @BeforeAll
    static void toolkit() throws Exception {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void positionsAndRecentFactoriesSurviveReopening() throws Exception {
        Path file = temp.resolve("ws/workspace.db");
        Path a = temp.resolve("factory-a");
        Path b = temp.resolve("factory-b");
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            Positions p = new Positions();
            p.of("/properties/activities").put("Copy data1", new Point2D(40, 60));
            p.of("/properties/activities/0/typeProperties/activities").put("Wait1", new Point2D(100, 20));
            store.save(a, "PL", p);
            store.opened(a);
            Thread.sleep(5);
            store.opened(b);
        }
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            Positions p = store.load(a, "PL");
            assertEquals(Map.of("Copy data1", new Point2D(40, 60)), p.of("/properties/activities"));
            assertEquals(new Point2D(100, 20), p.of("/properties/activities/0/typeProperties/activities").get("Wait1"));
            assertTrue(store.load(b, "PL").all().isEmpty());
            assertEquals(List.of(b.toAbsolutePath(), a.toAbsolutePath()), store.recent());
        }
    }

    @Test
    void canvasPositionsComeBackWhenThePipelineIsOpenedAgain() throws Exception {
        Path root = dev.pipewright.studio.TestFactories.small(temp, "f");
        Path file = temp.resolve("workspace.db");
        javafx.beans.property.SimpleObjectProperty<dev.pipewright.core.factory.Factory> factory =
                new javafx.beans.property.SimpleObjectProperty<>(dev.pipewright.core.factory.Factory.load(root));
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            var editors = new dev.pipewright.studio.author.EditorsViewModel(factory, task -> { }, store);
            var canvas = editors.open("Archive").orElseThrow().canvas();
            canvas.add(dev.pipewright.core.edit.ActivityCatalog.byType("Wait").orElseThrow(), 200, 100);
        }
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            // a new session: its own window's factory, read again (the first session's editors are gone with its store)
            var reopened = new javafx.beans.property.SimpleObjectProperty<>(dev.pipewright.core.factory.Factory.load(root));
            var editors = new dev.pipewright.studio.author.EditorsViewModel(reopened, task -> { }, store);
            var canvas = editors.open("Archive").orElseThrow().canvas();
            assertTrue(canvas.nodes().isEmpty(), "the edit was not saved, so the reloaded pipeline has no activity");
            assertEquals(new Point2D(200, 100), store.load(root, "Archive").of("/properties/activities").get("Wait1"));
        }
    }

    @Test
    void gitSettingsAreKeptPerWorkingCopy() {
        Path file = temp.resolve("workspace.db");
        Path clone = temp.resolve("clone");
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            assertTrue(store.gitSettings(clone).isEmpty());
            store.saveGitSettings(clone, new dev.pipewright.git.GitSettings("main", null, "/adf/"));
            store.saveGitSettings(clone, new dev.pipewright.git.GitSettings("develop", "factory/adf_publish", "adf"));
        }
        try (WorkspaceStore store = WorkspaceStore.open(file)) {
            assertEquals(java.util.Optional.of(new dev.pipewright.git.GitSettings("develop", "factory/adf_publish", "adf")),
                    store.gitSettings(clone.resolve("x/..")));
            assertTrue(store.gitSettings(temp.resolve("other")).isEmpty());
        }
    }
}
