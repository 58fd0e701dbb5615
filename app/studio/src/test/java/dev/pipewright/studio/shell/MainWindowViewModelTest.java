package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.TestFactories;
import dev.pipewright.studio.theme.Theme;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main window's view model: loading in the background and what the title and status say. Needs the
 * JavaFX toolkit only because {@code Task} reports its result on the JavaFX thread.
 */
class MainWindowViewModelTest {
    @TempDir
    Path temp;
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    @Test
    void loadsOffTheFxThreadAndShowsLoadingUntilDone() throws Exception {
        Path root = TestFactories.small(temp, "contoso-adf");
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean loadedOnFxThread = new AtomicBoolean(true);
        Function<Path, Factory> slowLoader = path -> {
            loadedOnFxThread.set(Platform.isFxApplicationThread());
            await(release);
            return Factory.load(path);
        };
        MainWindowViewModel viewModel = fx(() -> new MainWindowViewModel(executor, slowLoader));

        fx(() -> viewModel.open(root));

        // The loader is blocked, yet the FX thread still answers: loading does not run on it.
        assertEquals(MainWindowViewModel.LOADING_STATUS, fx(() -> viewModel.statusProperty().get()));
        assertTrue(fx(() -> viewModel.loadingProperty().get()));
        assertEquals("Pipewright — contoso-adf", fx(() -> viewModel.titleProperty().get()));

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(loadedOnFxThread.get());
        assertFalse(fx(() -> viewModel.loadingProperty().get()));
        assertEquals("3 pipelines · 1 dataset · 0 data flows · 1 trigger · 1 problem", fx(() -> viewModel.statusProperty().get()));
        assertEquals(1, fx(() -> viewModel.problems().size()));
        assertEquals("Pipelines (3)", fx(() -> viewModel.resourceTree().tree().children().get(0).label()));
    }

    @Test
    void aFolderThatIsNotThereSaysSoInTheStatus() throws Exception {
        MainWindowViewModel viewModel = fx(() -> new MainWindowViewModel(executor, Factory::load));
        Path missing = temp.resolve("missing");

        fx(() -> viewModel.open(missing));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.loadingProperty().not());
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("Could not open " + missing + ": not a folder", fx(() -> viewModel.statusProperty().get()));
        assertEquals("Pipewright", fx(() -> viewModel.titleProperty().get()));
        assertNull(fx(() -> viewModel.factoryProperty().get()));
        assertEquals(0, fx(() -> viewModel.resourceTree().tree().resourceCount()));
    }

    @Test
    void aLoadReplacedByANewerOneIsIgnored() throws Exception {
        Path first = TestFactories.small(temp, "first");
        Path second = temp.resolve("second");
        java.nio.file.Files.createDirectories(second.resolve("pipeline"));
        java.nio.file.Files.writeString(second.resolve("pipeline/Only.json"), "{\"name\": \"Only\", \"properties\": {\"activities\": []}}");
        CountDownLatch releaseFirst = new CountDownLatch(1);
        CountDownLatch firstDone = new CountDownLatch(1);
        ExecutorService parallel = Executors.newCachedThreadPool();
        try {
            MainWindowViewModel viewModel = fx(() -> new MainWindowViewModel(parallel, path -> {
                if (!path.endsWith("first")) return Factory.load(path);
                awaitIgnoringInterrupts(releaseFirst); // outlive the cancel
                Factory stale = Factory.load(path);
                firstDone.countDown();
                return stale;
            }));
            fx(() -> viewModel.open(first));
            fx(() -> viewModel.open(second));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
            releaseFirst.countDown(); // the stale load finishes last ...
            assertTrue(firstDone.await(30, TimeUnit.SECONDS), "the stale load finished");
            WaitForAsyncUtils.waitForFxEvents();

            // ... and changes nothing.
            assertEquals("Pipewright — second", fx(() -> viewModel.titleProperty().get()));
            assertEquals("Pipelines (1)", fx(() -> viewModel.resourceTree().tree().children().get(0).label()));
            assertEquals(second, fx(() -> viewModel.factoryProperty().get().root()));
        } finally {
            parallel.shutdownNow();
        }
    }

    @Test
    void withoutAFactoryTheStatusSaysHowToOpenOne() throws Exception {
        MainWindowViewModel viewModel = fx(() -> new MainWindowViewModel(executor, Factory::load));
        fx(() -> {
            viewModel.showNoFactory();
            return null;
        });
        assertEquals(MainWindowViewModel.NO_FACTORY_STATUS, fx(() -> viewModel.statusProperty().get()));
        assertTrue(MainWindowViewModel.NO_FACTORY_STATUS.contains("path of an ADF git root"));
        assertEquals("Pipewright", fx(() -> viewModel.titleProperty().get()));
    }

    @Test
    void themeTogglesAndNeverBecomesNull() throws Exception {
        MainWindowViewModel viewModel = fx(() -> new MainWindowViewModel(executor, Factory::load));
        assertEquals(Theme.LIGHT, viewModel.themeProperty().get());
        fx(() -> {
            viewModel.toggleTheme();
            viewModel.themeProperty().set(null);
            viewModel.hubProperty().set(null);
            return null;
        });
        assertEquals(Theme.DARK, viewModel.themeProperty().get());
        assertEquals(Hub.AUTHOR, viewModel.hubProperty().get());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    private static void awaitIgnoringInterrupts(CountDownLatch latch) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (latch.getCount() > 0 && System.nanoTime() < deadline) {
            try {
                latch.await(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                // Task.cancel() interrupts; keep waiting so this load really finishes after the newer one
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("test latch never released");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
