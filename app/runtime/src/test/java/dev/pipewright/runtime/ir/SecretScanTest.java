package dev.pipewright.runtime.ir;

import dev.pipewright.core.factory.FactoryWriter;
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
 * self-hosted IR keys) end up in the secret store and nowhere else: every file under the factory root, the
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

            String scope = rt.scope();
            assertEquals(password, demo.secrets.get(new dev.pipewright.runtime.secrets.SecretKey(scope, "integrationRuntime/SSIS-Secrets",
                    dev.pipewright.core.ir.IrSecrets.CATALOG_ADMIN_PASSWORD)).orElseThrow());
            assertTrue(rt.hasSecret("SSIS-Secrets", dev.pipewright.core.ir.IrSecrets.CUSTOM_SETUP_SAS_TOKEN));
            assertTrue(rt.hasSecret("SSIS-Secrets", dev.pipewright.core.ir.IrSecrets.expressSetup(0, "password")));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
