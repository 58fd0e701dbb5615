package dev.pipewright.runtime.ir;

import dev.pipewright.core.factory.FactoryWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.core.manage.CredentialSettings;
import dev.pipewright.core.manage.ResourceJsonEditor;
import dev.pipewright.core.manage.SecretFields;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.core.ir.AzureIrSettings;
import dev.pipewright.core.ir.SsisIrSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Secrets typed in the Manage hub (SSIS catalog password, custom setup SAS token, express setup password,
 * self-hosted IR keys, a linked service's SecureString, a service principal key) end up in the secret store and nowhere else: every file under the factory root, the
 * export output and the runtime state file is scanned for them, and the store returns them.
 */
class SecretScanTest {
    @TempDir
    Path dir;

    @Test
    void noSecretReachesAFactoryFileAnExportOrTheStateFile() throws IOException {
        String password = "Catalog-Pa55-" + System.nanoTime();
        String sas = "sv=2024-11-04&sig=" + System.nanoTime();
        String cmdkey = "cmdkey-" + System.nanoTime();
        List<String> secrets = new ArrayList<>(List.of(password, sas, cmdkey));
        try (Demo demo = new Demo(dir, 1.0)) {
            ManagedRuntimes rt = demo.runtimes;
            SsisIrSettings ssis = new SsisIrSettings("SSIS-Secrets", null, "West Europe", "Standard_D4_v3", 1, 8, "Standard",
                    SsisIrSettings.LICENSE_INCLUDED,
                    new SsisIrSettings.Catalog("contoso-ssis.database.windows.net", "ssisadmin", password, "Basic", null), null, null,
                    new SsisIrSettings.CustomSetup("https://contoso.blob.core.windows.net/setup", sas),
                    List.of(new SsisIrSettings.ExpressSetup("CmdkeySetup", Map.of("targetName", "fs", "userName", "u", "password", cmdkey))),
                    null, null);
            assertTrue(rt.create(ssis).ok());
            assertTrue(rt.create(AzureIrSettings.defaults("IR-Plain")).ok());
            String lsPassword = "Ls-Secret-" + System.nanoTime();
            String spKey = "Sp-Key-" + System.nanoTime();
            secrets.add(lsPassword);
            secrets.add(spKey);
            typeIntoLinkedServiceAndCredential(demo, lsPassword, spKey);
            SelfHostedNodes.AuthKeys keys = rt.selfHosted().keys("SHIR-Corp");
            secrets.add(keys.key1());
            secrets.add(keys.key2());
            secrets.add(rt.selfHosted().regenerate("SHIR-Corp", "authKey1"));
            rt.selfHosted().registerThisMachine("SHIR-Corp", keys.key2());
            assertTrue(FactoryWriter.save(demo.factory).ok());
            Path export = dir.resolve("export");
            assertTrue(FactoryWriter.export(demo.factory, export).ok());

            List<Path> scanned = new ArrayList<>(files(demo.root));
            scanned.addAll(files(export));
            scanned.add(dir.resolve("state.db"));
            scanned.add(dir.resolve("secrets.db"));
            List<String> leaks = new ArrayList<>();
            for (Path file : scanned) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String secret : secrets) if (text.contains(secret)) leaks.add(file + " holds " + secret);
            }
            assertEquals(List.of(), leaks);
            assertTrue(scanned.size() > 90, "factory, export and stores scanned: " + scanned.size());
            assertTrue(Files.readString(demo.root.resolve("integrationRuntime/SSIS-Secrets.json")).contains("\"value\": \"**********\""));
            assertTrue(Files.readString(demo.root.resolve("linkedService/LS_Typed_Secret.json")).contains("\"value\": \"**********\""));
            assertTrue(Files.readString(export.resolve("credential/cred_typed.json")).contains("\"value\": \"**********\""));

            String scope = rt.scope();
            assertEquals(password, demo.secrets.get(new SecretKey(scope, "integrationRuntime/SSIS-Secrets",
                    IrSecrets.CATALOG_ADMIN_PASSWORD)).orElseThrow());
            assertTrue(rt.hasSecret("SSIS-Secrets", IrSecrets.CUSTOM_SETUP_SAS_TOKEN));
            assertTrue(rt.hasSecret("SSIS-Secrets", IrSecrets.expressSetup(0, "password")));
        }
    }

    /** What the Manage hub does with a SecureString typed in a linked service's code view and a typed service principal key. */
    private static void typeIntoLinkedServiceAndCredential(Demo demo, String password, String key) {
        var ls = ResourceJsonEditor.newLinkedService("LS_Typed_Secret", "AzureSqlDatabase");
        ((ObjectNode) ls.get("properties").get("typeProperties")).putObject("password")
                .put("type", "SecureString").put("value", password);
        var checked = ResourceJsonEditor.check(demo.factory, ResourceKind.LINKED_SERVICE,
                "LS_Typed_Secret", false, AdfJsonWriter.pretty(ls));
        assertTrue(checked.ok(), checked.problems().toString());
        SecretFields.mask(checked.json()).forEach((path, value) -> demo.secrets.put(
                new SecretKey(demo.runtimes.scope(), "linkedService/LS_Typed_Secret", path), value));
        ResourceJsonEditor.apply(demo.factory, ResourceKind.LINKED_SERVICE, checked.json());
        var credential = new CredentialSettings("cred_typed", null,
                CredentialSettings.SERVICE_PRINCIPAL, null, "tenant", "app", null, null, key);
        demo.secrets.put(new SecretKey(demo.runtimes.scope(), "credential/cred_typed",
                CredentialSettings.KEY_PROPERTY), key);
        ResourceJsonEditor.apply(demo.factory, ResourceKind.CREDENTIAL, credential.json());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
