package dev.pipewright.studio.hub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** A TestFX test of the Manage hub on a fresh copy of the demo factory (one per test), stores unlocked. */
@ExtendWith(ApplicationExtension.class)
public abstract class HubTestBase {
    @TempDir
    static Path temp;
    private static final AtomicInteger RUN = new AtomicInteger();
    protected HubFixture fixture;
    protected ManageHubView hub;

    @BeforeEach
    void showHub() throws Exception {
        fixture = new HubFixture(temp.resolve("run" + RUN.incrementAndGet()), startUnlocked(), keyring());
        FxToolkit.setupStage(stage -> hub = HubUi.show(stage, fixture));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The OS keyring the hub uses; null: none (tests of the keyring override it). */
    protected dev.pipewright.runtime.secrets.OsKeyring keyring() {
        return null;
    }

    /** Whether the secret store is open from the start (tests of the lock override it). */
    protected boolean startUnlocked() {
        return true;
    }

    @AfterEach
    void close() {
        fixture.close();
    }
}
