package dev.pipewright.runtime.secrets;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The OS keyring for the secret store's passphrase: detection, the passphrase fallback, and a real Secret Service. */
class OsKeyringTest {
    @TempDir
    Path dir;

    private static final SecretKey KEY = new SecretKey("scope", "linkedService/LS", "typeProperties.password");

    @Test
    void withoutADbusSessionTheKeyringIsUnreachableAndSaysWhyAndThePassphraseStillOpensTheStore() throws Exception {
        String before = System.getProperty("DBUS_SESSION_BUS_ADDRESS");
        System.clearProperty("DBUS_SESSION_BUS_ADDRESS");
        try {
            OsKeyring keyring = new OsKeyring(Map.<String, String>of()::get, "Linux");
            OsKeyring.Status status = keyring.status();
            assertFalse(status.reachable());
            assertEquals("no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service such as GNOME Keyring or KWallet"
                    + " can be reached", status.description());
            assertFalse(keyring.remember(dir.resolve("s.db"), "p".toCharArray()));
            Path file = dir.resolve("secrets.db");
            try (SecretStore s = SecretStore.open(file, "pass".toCharArray(), 1000)) {
                s.put(KEY, "v");
            }
            assertTrue(SecretStore.openFromKeyring(file, keyring).isEmpty());
            try (SecretStore s = SecretStore.open(file, "pass".toCharArray())) {
                assertEquals("v", s.get(KEY).orElseThrow());
            }
        } finally {
            if (before != null) System.setProperty("DBUS_SESSION_BUS_ADDRESS", before);
        }
    }

    @Test
    void aBusWithNoSecretServiceIsReportedAsSuch() throws Exception {
        OsKeyring keyring = new OsKeyring(Map.of("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.resolve("no-bus-here"))::get, "Linux");
        String before = System.getProperty("DBUS_SESSION_BUS_ADDRESS");
        System.clearProperty("DBUS_SESSION_BUS_ADDRESS");
        try {
            OsKeyring.Status status = keyring.status();
            assertFalse(status.reachable());
            assertTrue(status.description().startsWith("no OS keyring answers on this machine")
                    || status.description().startsWith("the OS keyring did not answer"), status.description());
        } finally {
            if (before != null) System.setProperty("DBUS_SESSION_BUS_ADDRESS", before);
        }
    }

    @Test
    void aRealSecretServiceKeepsThePassphraseAndAnExistingStoreOpensWithIt() throws Exception {
        if (!SecretServiceFixture.available()) {
            assertFalse(System.getenv("CI") != null, "CI must have gnome-keyring (.ci/run installs it)");
            Assumptions.abort("gnome-keyring-daemon is not installed here");
        }
        try (SecretServiceFixture service = new SecretServiceFixture(dir.resolve("keyring"))) {
            System.setProperty("DBUS_SESSION_BUS_ADDRESS", service.address);
            OsKeyring keyring = new OsKeyring(System::getenv, "Linux");
            OsKeyring.Status status = keyring.status();
            assertTrue(status.reachable(), status.description());

            // a store made with a passphrase before the keyring was used: same file, opened through the keyring
            Path file = dir.resolve("secrets.db");
            try (SecretStore s = SecretStore.open(file, "typed passphrase".toCharArray(), 1000)) {
                s.put(KEY, "Pa55");
            }
            assertTrue(keyring.passphrase(file).isEmpty());
            assertTrue(keyring.remember(file, "typed passphrase".toCharArray()));
            assertArrayEquals("typed passphrase".toCharArray(), keyring.passphrase(file).orElseThrow());
            try (SecretStore s = SecretStore.openFromKeyring(file, keyring).orElseThrow()) {
                assertEquals("Pa55", s.get(KEY).orElseThrow());
            }

            // a kept passphrase that no longer fits is forgotten, and the store asks again
            assertTrue(keyring.remember(file, "stale".toCharArray()));
            assertTrue(SecretStore.openFromKeyring(file, keyring).isEmpty());
            assertTrue(keyring.passphrase(file).isEmpty());
            assertThrows(WrongPassphraseException.class, () -> SecretStore.open(file, "stale".toCharArray()));

            // a new store whose generated passphrase only the keyring knows
            Path fresh = dir.resolve("fresh.db");
            char[] generated = SecretStore.generatedPassphrase();
            SecretStore.open(fresh, generated, 1000).close();
            assertTrue(keyring.remember(fresh, generated));
            try (SecretStore s = SecretStore.openFromKeyring(fresh, keyring).orElseThrow()) {
                s.put(KEY, "x");
            }
            keyring.forget(fresh);
            assertTrue(keyring.passphrase(fresh).isEmpty());
        } finally {
            System.clearProperty("DBUS_SESSION_BUS_ADDRESS");
        }
    }
}
