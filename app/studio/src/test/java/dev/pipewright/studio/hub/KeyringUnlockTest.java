package dev.pipewright.studio.hub;

import dev.pipewright.runtime.secrets.OsKeyring;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a machine without a D-Bus session (this one), the OS keyring is not reachable: the unlock dialog says why, cannot
 * offer to remember the passphrase, and the passphrase (typed twice for a new store) unlocks the store as before.
 */
class KeyringUnlockTest extends HubTestBase {
    @Override
    protected boolean startUnlocked() {
        return false;
    }

    @Override
    protected OsKeyring keyring() {
        return new OsKeyring(Map.<String, String>of()::get, "Linux");
    }

    @Test
    void withoutASessionBusTheDialogSaysWhyAndThePassphraseUnlocks(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hub.viewModel().keyringProperty().get().isEmpty());
        String why = "OS keyring not used: no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service such as"
                + " GNOME Keyring or KWallet can be reached";
        assertEquals(why, hub.viewModel().keyringProperty().get());
        robot.clickOn("#manage-unlock");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(why, robot.lookup("#unlock-keyring").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#unlock-remember").queryAs(CheckBox.class).isDisabled());
        robot.interact(() -> robot.lookup("#unlock-passphrase").queryAs(PasswordField.class).setText("a passphrase"));
        // a new store: the passphrase is typed twice, and two that differ are refused where the second is typed
        robot.interact(() -> robot.lookup("#unlock-confirm").queryAs(PasswordField.class).setText("a passfrase"));
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#unlock-confirm-error").queryAs(Label.class).getText().startsWith("The two passphrases differ"));
        assertTrue(robot.lookup("#unlock-confirm").query().getStyleClass().contains("field-invalid"));
        dev.pipewright.studio.shell.Snapshots.inBothThemes(robot.lookup("#unlock-confirm").query().getScene(), "unlock-new-passphrase-mismatch");
        assertFalse(fixture.services.unlockedProperty().get(), "nothing is unlocked or created");
        assertFalse(java.nio.file.Files.exists(fixture.services.secretsFile()));
        robot.interact(() -> robot.lookup("#unlock-confirm").queryAs(PasswordField.class).setText("a passphrase"));
        assertFalse(robot.lookup("#unlock-confirm-error").queryAs(Label.class).isVisible(), "retyping clears the message");
        robot.clickOn(robot.lookup(".dialog-pane .button").match(n -> ((Button) n).isDefaultButton()).queryButton());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.services.unlockedProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Secret store unlocked", ((Button) HubUi.node(robot, "#manage-unlock")).getText());
    }
}
