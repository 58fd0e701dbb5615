package dev.pipewright.cli;

import com.sun.net.httpserver.HttpServer;
import dev.pipewright.runtime.secrets.SecretStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * test-connection, browse and preview read secrets from a real local secret store: unlocked with --passphrase-env
 * or a (simulated) terminal prompt, only when the store holds what the call needs; a Key Vault bound to the store
 * serves the references of other linked services.
 */
class SecretStoreCliTest {
    private static final String PASSPHRASE = "correct horse battery";
    private static final String API_PASSWORD = "Api-Secret-Pw-31";

    @TempDir
    Path dir;
    private Path root;
    private Path store;
    private Path profile;
    private HttpServer server;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> prompts = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String expected = "Basic " + Base64.getEncoder().encodeToString(("etl:" + API_PASSWORD).getBytes(StandardCharsets.UTF_8));
        server.createContext("/", ex -> {
            ex.sendResponseHeaders(expected.equals(ex.getRequestHeaders().getFirst("Authorization")) ? 200 : 401, -1);
            ex.close();
        });
        server.start();
        root = dir.resolve("factory");
        Files.createDirectories(root.resolve("linkedService"));
        linkedService("LS_Api", "{\"type\": \"HttpServer\", \"typeProperties\": {\"url\": \"https://api.contoso.com/\", \"authenticationType\": \"Basic\", \"userName\": \"etl\"}}");
        linkedService("LS_ApiViaVault", "{\"type\": \"HttpServer\", \"typeProperties\": {\"url\": \"https://api.contoso.com/\", \"authenticationType\": \"Basic\", "
                + "\"userName\": \"etl\", \"password\": {\"type\": \"AzureKeyVaultSecret\", \"store\": {\"referenceName\": \"LS_Vault\", "
                + "\"type\": \"LinkedServiceReference\"}, \"secretName\": \"api-password\"}}}");
        linkedService("LS_Vault", "{\"type\": \"AzureKeyVault\", \"typeProperties\": {\"baseUrl\": \"https://kv-contoso-test.vault.azure.net/\"}}");
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        profile = dir.resolve("local.json");
        Files.writeString(profile, "{\"linkedServices\": {\"LS_Api\": {\"localEndpoint\": {\"url\": \"" + url + "\"}}, "
                + "\"LS_ApiViaVault\": {\"localEndpoint\": {\"url\": \"" + url + "\"}}, \"LS_Vault\": {\"localEndpoint\": {\"secretStore\": \"local\"}}}}");
        store = dir.resolve("secrets.db");
        env.put("PW_PASSPHRASE", PASSPHRASE);
        env.put("API_PW", API_PASSWORD);
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    private void linkedService(String name, String properties) throws Exception {
        Files.writeString(root.resolve("linkedService/" + name + ".json"), "{\"name\": \"" + name + "\", \"properties\": " + properties + "}");
    }

    /** Runs the CLI with this test's environment and a terminal that answers {@code answer} (null: no terminal). */
    private CliRun cli(String answer, String... args) {
        return answering(answer == null ? null : List.of(answer).iterator(), args);
    }

    /** Runs the CLI with a terminal whose answers are {@code answers} in turn, the last one repeated (null: no terminal). */
    private CliRun answering(java.util.Iterator<String> answers, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] last = {null};
        Main.PassphrasePrompt prompt = answers == null ? null : p -> {
            prompts.add(p);
            if (answers.hasNext()) last[0] = answers.next();
            return last[0].toCharArray();
        };
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), env::get, prompt, args);
        CliRun run = new CliRun(code, out.toString(), err.toString());
        for (String secret : List.of(PASSPHRASE, API_PASSWORD, "wrong horse")) {
            assertFalse(run.out().contains(secret) || run.err().contains(secret), "no secret is printed: " + run);
        }
        return run;
    }

    private CliRun test(String answer, String linkedService, String... more) {
        List<String> args = new ArrayList<>(List.of("test-connection", root.toString(), linkedService, "--env", profile.toString(), "--secrets", store.toString()));
        args.addAll(List.of(more));
        return cli(answer, args.toArray(String[]::new));
    }

    private void putApiPassword(String linkedService, String name) throws Exception {
        CliRun put = cli(null, "secret", "put", root.toString(), linkedService, name, "--value-env", "API_PW", "--secrets", store.toString(),
                "--passphrase-env", "PW_PASSPHRASE");
        assertEquals(0, put.exitCode(), put.toString());
    }

    @Test
    void theStoreIsUnlockedFromAnEnvironmentVariableOrThePrompt() throws Exception {
        SecretStore.open(store, PASSPHRASE.toCharArray(), 1000).close(); // a real store, few iterations to keep the test fast
        putApiPassword("LS_Api", "password");
        assertEquals(0, test(null, "LS_Api", "--passphrase-env", "PW_PASSPHRASE").exitCode());
        CliRun prompted = test(PASSPHRASE, "LS_Api");
        assertEquals(0, prompted.exitCode(), prompted.toString());
        assertEquals(List.of("Passphrase for the secret store " + store + ": "), prompts);
        CliRun locked = test(null, "LS_Api");
        assertEquals(1, locked.exitCode(), "without a terminal the store stays locked: " + locked);
        assertTrue(locked.out().contains("error PW710 Basic authentication of LS_Api has no password here"), locked.out());
    }

    @Test
    void aWrongPassphraseOrAnUnsetVariableCannotRun() throws Exception {
        SecretStore.open(store, PASSPHRASE.toCharArray(), 1000).close();
        putApiPassword("LS_Api", "password");
        CliRun wrong = test("wrong horse", "LS_Api");
        assertEquals(2, wrong.exitCode());
        assertEquals("pipewright: the passphrase does not open the secret store " + store, wrong.err().strip());
        env.put("WRONG", "wrong horse");
        assertEquals(2, test(null, "LS_Api", "--passphrase-env", "WRONG").exitCode());
        CliRun unset = test(null, "LS_Api", "--passphrase-env", "NOPE");
        assertEquals(2, unset.exitCode());
        assertTrue(unset.err().contains("environment variable NOPE (--passphrase-env) is not set"), unset.err());
    }

    @Test
    void aNewStoresPassphraseIsTypedTwiceAndAMismatchCreatesNothing() throws Exception {
        String[] put = {"secret", "put", root.toString(), "LS_Api", "password", "--value-env", "API_PW", "--secrets", store.toString()};
        CliRun mismatch = answering(List.of(PASSPHRASE, "correct horse batery").iterator(), put);
        assertEquals(2, mismatch.exitCode(), mismatch.toString());
        assertTrue(mismatch.err().contains("The two passphrases differ"), mismatch.err());
        assertEquals(List.of("Passphrase for the new secret store " + store + ": ", "Type the passphrase again: "), prompts);
        assertFalse(Files.exists(store), "nothing is created with a mistyped passphrase");

        prompts.clear();
        CliRun confirmed = answering(List.of(PASSPHRASE, PASSPHRASE).iterator(), put);
        assertEquals(0, confirmed.exitCode(), confirmed.toString());
        assertEquals(2, prompts.size());
        prompts.clear();
        assertEquals(0, cli(PASSPHRASE, put).exitCode(), "an existing store's passphrase is asked once");
        assertEquals(List.of("Passphrase for the secret store " + store + ": "), prompts);
    }

    @Test
    void noPromptWhenTheStoreHoldsNothingTheCallNeeds() throws Exception {
        SecretStore.open(store, PASSPHRASE.toCharArray(), 1000).close();
        putApiPassword("LS_Vault", "other-secret");
        CliRun run = test(PASSPHRASE, "LS_Api");
        assertEquals(1, run.exitCode());
        assertEquals(List.of(), prompts, "LS_Api has nothing in the store");
        Files.delete(store);
        cli("unused", "preview", root.toString(), "DS_None", "--secrets", store.toString());
        assertEquals(List.of(), prompts, "no store, no prompt");
    }

    @Test
    void aKeyVaultBoundToTheStoreServesReferencesAndCountsItsSecrets() throws Exception {
        CliRun missing = test(null, "LS_Vault");
        assertEquals(0, missing.exitCode(), "a store not created yet is an empty vault: " + missing);
        assertTrue(missing.out().contains("the local secret store " + store + " stands in for vault https://kv-contoso-test.vault.azure.net/: 0 secrets stored (the store is created"), missing.out());
        SecretStore.open(store, PASSPHRASE.toCharArray(), 1000).close();
        putApiPassword("LS_Vault", "api-password");
        CliRun vault = test(null, "LS_Vault");
        assertEquals(0, vault.exitCode(), vault.toString());
        assertTrue(vault.out().contains("the local secret store " + store + " stands in for vault https://kv-contoso-test.vault.azure.net/: 1 secret stored"), vault.out());
        assertEquals(List.of(), prompts, "counting needs no passphrase");
        assertEquals("secret     api-password", cli(null, "browse", root.toString(), "LS_Vault", "--env", profile.toString(), "--secrets", store.toString()).out().strip());
        assertEquals("api-password", cli(null, "secret", "list", root.toString(), "LS_Vault", "--secrets", store.toString()).out().strip());

        CliRun viaVault = test(PASSPHRASE, "LS_ApiViaVault");
        assertEquals(0, viaVault.exitCode(), viaVault.toString());
        assertEquals(1, prompts.size(), "the reference needs the store unlocked");
        CliRun locked = test(null, "LS_ApiViaVault");
        assertEquals(1, locked.exitCode());
        assertTrue(locked.out().contains("error PW710 password is Key Vault secret \"api-password\" of LS_Vault, but the local secret store standing in for LS_Vault is locked"), locked.out());
    }

    @Test
    void aKeyVaultWithoutBindingAndDatabricksWithoutATokenSayWhyTheyCannotBeTested() throws Exception {
        Files.writeString(profile, "{}");
        CliRun vault = test(null, "LS_Vault");
        assertEquals(1, vault.exitCode());
        assertTrue(vault.out().contains("error PW710 Key Vault LS_Vault (https://kv-contoso-test.vault.azure.net/) cannot be reached from this machine"), vault.out());
        assertTrue(vault.out().contains("\"secretStore\": \"local\""), vault.out());
        linkedService("LS_Vault", "{\"type\": \"AzureKeyVault\", \"typeProperties\": {\"baseUrl\": \"kv-contoso-test\"}}");
        assertTrue(test(null, "LS_Vault").out().contains("error PW709"));
        linkedService("LS_Dbx", "{\"type\": \"AzureDatabricks\", \"typeProperties\": {\"domain\": \"https://adb-1.2.azuredatabricks.net\", "
                + "\"authentication\": \"MSI\", \"existingClusterId\": \"0101-101010-retail01\"}}");
        CliRun dbx = test(null, "LS_Dbx");
        assertTrue(dbx.out().contains("error PW710 Linked service LS_Dbx signs in to the workspace with the factory's managed identity (authentication: MSI), "
                + "which cannot get an Entra ID token"), dbx.out());
        assertTrue(dbx.out().contains("\"accessTokenEnv\": \"DATABRICKS_TOKEN\""), dbx.out());
        if (dbx.exitCode() != 1) fail(dbx.toString());
    }
}
