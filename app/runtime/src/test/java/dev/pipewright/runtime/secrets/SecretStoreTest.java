package dev.pipewright.runtime.secrets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretStoreTest {
    static final char[] PASSPHRASE = "correct horse battery staple".toCharArray();
    @TempDir
    Path dir;

    private SecretStore open(Path file) throws WrongPassphraseException {
        return SecretStore.open(file, PASSPHRASE, 1_000);
    }

    @Test
    void valuesSurviveReopeningAndAreEncryptedOnDisk() throws Exception {
        Path file = dir.resolve("secrets.db");
        SecretKey key = new SecretKey("/factories/demo", "integrationRuntime/SSIS-EastUS", "catalogAdminPassword");
        try (SecretStore store = open(file)) {
            store.put(key, "Plain-Text-Secret-4711");
            store.put(new SecretKey("/factories/demo", "linkedService/LS_Sql", "password"), "another-secret-0815");
        }
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("Plain-Text-Secret-4711"));
        assertFalse(raw.contains("another-secret-0815"));
        assertFalse(raw.contains(new String(PASSPHRASE)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        try (SecretStore store = open(file)) {
            assertEquals(Optional.of("Plain-Text-Secret-4711"), store.get(key));
            assertEquals(List.of("integrationRuntime/SSIS-EastUS catalogAdminPassword", "linkedService/LS_Sql password"),
                    store.keys("/factories/demo", null).stream().map(SecretKey::toString).toList());
            assertEquals(Optional.empty(), store.get(new SecretKey("/factories/other", key.resource(), key.property())));
            store.put(key, "changed");
            assertEquals(Optional.of("changed"), store.get(key));
            assertTrue(store.remove(key));
            assertEquals(Optional.empty(), store.get(key));
            assertEquals(1, store.removeResource("/factories/demo", "linkedService/LS_Sql"));
            assertTrue(store.keys("/factories/demo", null).isEmpty());
        }
    }

    @Test
    void aWrongPassphraseIsRefused() throws Exception {
        Path file = dir.resolve("secrets.db");
        try (SecretStore store = open(file)) {
            store.put(new SecretKey("s", "r", "p"), "v");
        }
        WrongPassphraseException e = assertThrows(WrongPassphraseException.class,
                () -> SecretStore.open(file, "wrong".toCharArray(), 1_000));
        assertTrue(e.getMessage().contains(file.toString()));
    }

    @Test
    void aValueMovedToAnotherKeyDoesNotDecrypt() throws Exception {
        Path file = dir.resolve("secrets.db");
        try (SecretStore store = open(file)) {
            store.put(new SecretKey("s", "integrationRuntime/A", "p"), "secret-of-a");
            store.put(new SecretKey("s", "integrationRuntime/B", "p"), "secret-of-b");
        }
        try (Connection c = SqliteFile.open(file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE secret SET iv = (SELECT iv FROM secret WHERE resource = 'integrationRuntime/A'),"
                    + " data = (SELECT data FROM secret WHERE resource = 'integrationRuntime/A') WHERE resource = 'integrationRuntime/B'");
        }
        try (SecretStore store = open(file)) {
            assertEquals(Optional.of("secret-of-a"), store.get(new SecretKey("s", "integrationRuntime/A", "p")));
            assertThrows(IllegalStateException.class, () -> store.get(new SecretKey("s", "integrationRuntime/B", "p")));
        }
    }

    @Test
    void theLocationCanBeOverriddenBySystemProperty() {
        String before = System.getProperty(SecretStore.LOCATION_PROPERTY);
        try {
            System.setProperty(SecretStore.LOCATION_PROPERTY, dir.resolve("elsewhere.db").toString());
            assertEquals(dir.resolve("elsewhere.db"), SecretStore.defaultLocation());
            System.clearProperty(SecretStore.LOCATION_PROPERTY);
            assertEquals(Path.of(System.getProperty("user.home"), ".pipewright", "secrets.db"), SecretStore.defaultLocation());
        } finally {
            if (before != null) System.setProperty(SecretStore.LOCATION_PROPERTY, before);
        }
    }
}
