package dev.pipewright.studio.hub;

import javafx.scene.control.Button;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A password typed while the secret store is locked is refused; after unlocking with the passphrase it is kept there. */
class SecretStoreLockTest extends HubTestBase {
    @Override
    protected boolean startUnlocked() {
        return false;
    }

    @Test
    void secretsWaitForTheUnlockedStore(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hub.viewModel().runtimesList().rows().isEmpty());
        assertEquals("Unlock secret store…", ((Button) HubUi.node(robot, "#manage-unlock")).getText());
        robot.clickOn("#ir-new");
        robot.clickOn("#ir-new-azure-ssis");
        robot.clickOn("#ir-name").write("SSIS-Locked");
        HubUi.text(robot, "#ssis-endpoint", "contoso-ssis.database.windows.net");
        HubUi.text(robot, "#ssis-admin-user", "ssisadmin");
        HubUi.text(robot, "#ssis-admin-password", "Locked-Pa55");
        robot.clickOn("#ir-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(HubUi.items(robot, "#ir-problems").get(0).startsWith("Unlock the local secret store first"));
        assertEquals(2, Window.getWindows().size());
        assertFalse(Files.exists(fixture.root.resolve("integrationRuntime/SSIS-Locked.json")));

        var unlock = WaitForAsyncUtils.asyncFx(() -> hub.viewModel().unlock("a passphrase".toCharArray())).get();
        unlock.get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.services.unlockedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Secret store unlocked", ((Button) HubUi.node(robot, "#manage-unlock")).getText());
        robot.clickOn("#ir-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(fixture.root.resolve("integrationRuntime/SSIS-Locked.json"))
                && !hub.viewModel().saver().savingProperty().get());
        assertTrue(Files.exists(fixture.services.secretsFile()));
        assertFalse(new String(Files.readAllBytes(fixture.services.secretsFile()), java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Locked-Pa55"));
    }
}
