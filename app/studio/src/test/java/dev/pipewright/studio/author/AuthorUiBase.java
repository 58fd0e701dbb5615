package dev.pipewright.studio.author;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import dev.pipewright.studio.hub.HubFixture;
import dev.pipewright.studio.shell.MainWindow;
import dev.pipewright.studio.shell.MainWindowViewModel;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The real main window, headless, on a fresh copy of the demo factory in a temporary folder (so saves can be
 * checked on disk), with the window's hub services and the demo profile (demo-env/local.json, whose stand-ins are the
 * demo-data/ folders and SQLite files) made active as Manage › Environment profiles › Use does.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class AuthorUiBase {
    @TempDir
    protected Path temp;
    protected final ExecutorService executor = Executors.newSingleThreadExecutor();
    protected HubFixture fixture;
    protected MainWindowViewModel viewModel;
    protected MainWindow window;
    protected Stage stage;

    /** Subclasses call this from their own {@code @Start} method. */
    protected void show(Stage stage) throws Exception {
        this.stage = stage;
        fixture = new HubFixture(Files.createTempDirectory("pipewright-author"), true);
        viewModel = new MainWindowViewModel(executor, Factory::load);
        window = new MainWindow(viewModel, fixture.services);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
    }

    /** Opens the fixture's factory and waits until it is loaded. */
    protected void openFactory() throws Exception {
        fx(() -> viewModel.open(fixture.root));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, viewModel.factoryProperty().isNotNull());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The demo profile, as Manage › Environment profiles › Use makes it active. */
    protected static EnvironmentProfile demoProfile() throws Exception {
        Path file = HubFixture.repo().resolve("demo-env/local.json").toAbsolutePath();
        return ProfileReader.parse(Files.readString(file), file.toString(), RegionCatalog.standard()).profile();
    }

    protected void useDemoProfile() throws Exception {
        EnvironmentProfile profile = demoProfile();
        fx(() -> {
            fixture.services.profileProperty().set(profile);
            return null;
        });
    }

    protected ResourceEditorViewModel open(ResourceKind kind, String name) throws Exception {
        ResourceEditorViewModel editor = fx(() -> viewModel.editors().open(kind, name).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        return editor;
    }

    protected String onDisk(String path) throws Exception {
        return Files.readString(fixture.root.resolve(path));
    }

    @AfterEach
    void closeAll() {
        executor.shutdownNow();
        if (fixture != null) fixture.close();
    }

    protected static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
