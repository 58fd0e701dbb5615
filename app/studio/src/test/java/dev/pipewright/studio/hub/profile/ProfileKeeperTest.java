package dev.pipewright.studio.hub.profile;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.studio.hub.HubFixture;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.workspace.WorkspaceStore;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The active environment profile kept with the factory, through a real workspace store file: given at start-up,
 * remembered, used again when the factory is opened the next time, and "no profile" remembered too.
 */
@ExtendWith(ApplicationExtension.class)
class ProfileKeeperTest {
    @TempDir
    Path temp;
    private HubFixture fixture;
    private WorkspaceStore store;
    private SimpleObjectProperty<Factory> factory;
    private HubServices services;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new HubFixture(Files.createDirectories(temp.resolve("hub")), false);
        store = WorkspaceStore.open(temp.resolve("workspace.db"));
    }

    @AfterEach
    void tearDown() {
        if (services != null) services.close();
        store.close();
        fixture.close();
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }

    /** A studio start (its own services, as each run has): a keeper with the --env file or null, then the factory opens. */
    private ProfileKeeper start(Path startupProfile) throws Exception {
        if (services != null) services.close();
        services = new HubServices(temp.resolve("secrets.db"), temp.resolve("state.db"), Clock.systemUTC(), HubFixture.TIME_SCALE);
        factory = new SimpleObjectProperty<>();
        ProfileKeeper keeper = fx(() -> new ProfileKeeper(factory, services, store, startupProfile));
        fx(() -> {
            factory.set(fixture.factory);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return keeper;
    }

    private String activeFile() throws Exception {
        return fx(() -> {
            EnvironmentProfile p = services.profileProperty().get();
            return p.fromFile() ? Path.of(p.source().file()).getFileName().toString() : "none";
        });
    }

    private void awaitActive(String file) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> activeFile().equals(file));
    }

    @Test
    void theStartUpProfileIsUsedRememberedAndUsedAgainNextTime() throws Exception {
        Path local = HubFixture.repo().resolve("demo-env/local.json");
        ProfileKeeper first = start(local);
        awaitActive("local.json");
        assertEquals("Environment profile local.json is active", fx(() -> first.messageProperty().get()));
        store.flush();

        start(null); // the next session, no --env
        awaitActive("local.json");

        // Manage › Environment profiles › No profile: remembered as such
        fx(() -> {
            services.profileProperty().set(EnvironmentProfile.defaults());
            return null;
        });
        store.flush();
        assertTrue(store.profileFor(fixture.root).isEmpty());
        start(null);
        assertEquals("none", activeFile());
    }

    @Test
    void aProfileThatNoLongerReadsIsReportedAndNoneIsUsed() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.json"), "{ \"linkedServices\": [1, ");
        ProfileKeeper keeper = start(broken);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fx(() -> keeper.messageProperty().get()).isEmpty());
        String message = fx(() -> keeper.messageProperty().get());
        assertTrue(message.startsWith("Environment profile " + broken + " not used: "), message);
        assertEquals("none", activeFile());
        store.flush();
        assertFalse(store.profileFor(fixture.root).isPresent(), "a profile that was not used is not remembered");
    }
}
