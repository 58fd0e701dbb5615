package dev.pipewright.git;

import dev.pipewright.git.auth.CredentialStore;
import dev.pipewright.git.auth.GitCredentials;
import dev.pipewright.runtime.secrets.SecretStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Git credentials in the real encrypted secret store, per server, never readable without the passphrase. */
class CredentialStoreTest {
    @TempDir
    Path temp;

    @Test
    void credentialsAreKeptPerSiteEncrypted() throws Exception {
        Path file = temp.resolve("secrets.db");
        try (SecretStore secrets = SecretStore.open(file, "pass-Phrase-1".toCharArray(), 1_000)) {
            CredentialStore store = new CredentialStore(secrets);
            store.save("https://dev.azure.com/contoso/P/_git/r", new GitCredentials.Https("etl", "pat-Secret-1"));
            store.save("git@github.com:contoso/adf.git", new GitCredentials.Ssh("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n", "key-Pass-1"));
            assertEquals(Optional.of(new GitCredentials.Https("etl", "pat-Secret-1")), store.forUrl("https://contoso@dev.azure.com/contoso/Other/_git/x"));
            assertEquals(Optional.of(new GitCredentials.Ssh("-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n", "key-Pass-1")),
                    store.forUrl("ssh://git@github.com:22/contoso/other.git"));
            assertEquals(Optional.empty(), store.forUrl("https://github.com/contoso/adf.git"), "https and ssh of one host are two sites");
            store.forget("https://dev.azure.com/x");
            assertEquals(Optional.empty(), store.forUrl("https://dev.azure.com/contoso/P/_git/r"));
        }
        byte[] raw = Files.readAllBytes(file);
        assertFalse(new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1).contains("key-Pass-1"), "values are encrypted");
        assertTrue(SecretStore.storedProperties(file, CredentialStore.SCOPE, "ssh://git@github.com:22").contains("privateKey"));
    }

    @Test
    void siteNamesTheServer() {
        assertEquals("https://dev.azure.com", CredentialStore.site("https://org@dev.azure.com/org/p/_git/r"));
        assertEquals("ssh://git@github.com:22", CredentialStore.site("git@github.com:o/r.git"));
        assertEquals("ssh://git@127.0.0.1:2222", CredentialStore.site("ssh://git@127.0.0.1:2222/r.git"));
        assertEquals("http://127.0.0.1:8080", CredentialStore.site("http://127.0.0.1:8080/r.git"));
    }
}
