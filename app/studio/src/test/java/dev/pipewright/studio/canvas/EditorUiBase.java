package dev.pipewright.studio.canvas;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.shell.MainWindow;
import dev.pipewright.studio.shell.MainWindowViewModel;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** The real main window, headless, for the pipeline editor's UI tests. */
@ExtendWith(ApplicationExtension.class)
abstract class EditorUiBase {
    protected final ExecutorService executor = Executors.newSingleThreadExecutor();
    protected MainWindowViewModel viewModel;
    protected MainWindow window;
    protected Stage stage;

    /** Subclasses call this from their own {@code @Start} method (TestFX looks for it on the test class itself). */
    protected void show(Stage stage) {
        this.stage = stage;
        viewModel = new MainWindowViewModel(executor, Factory::load);
        window = new MainWindow(viewModel);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    /**
     * Writes a factory holding one pipeline {@code name} with {@code properties} (its JSON) under {@code root}, opens the
     * factory and the pipeline's editor, and returns that editor.
     */
    protected PipelineEditorView openPipeline(Path root, String name, String properties) throws Exception {
        Files.createDirectories(root.resolve("pipeline"));
        Files.writeString(root.resolve("pipeline/" + name + ".json"),
                "{\n\t\"name\": \"" + name + "\",\n\t\"properties\": " + properties + "\n}", StandardCharsets.UTF_8);
        fx(() -> viewModel.open(root));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
        fx(() -> viewModel.editors().open(name));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> window.authorView().activeEditor());
    }

    @AfterEach
    void stopExecutor() {
        executor.shutdownNow();
    }

    protected static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
