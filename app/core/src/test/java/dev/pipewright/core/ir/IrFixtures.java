package dev.pipewright.core.ir;

import dev.pipewright.core.factory.Factory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The demo factory copied to a temporary folder, the expected IR files, and the settings that should produce them. */
final class IrFixtures {
    static final Predicate<String> REGIONS = Set.of("West Europe", "East US", "North Europe", "Japan East")::contains;
    static final String SSIS_PASSWORD = "Pa55-catalog-secret!";
    static final String SAS_TOKEN = "sv=2024-11-04&sig=sas-secret-value";
    static final String CMDKEY_PASSWORD = "cmdkey-secret-value";

    private IrFixtures() {
    }

    static Path demoFactory() {
        return Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory");
    }

    /** A fresh copy of the demo factory under {@code dir}, loaded. */
    static Factory demoCopy(Path dir) {
        Path source = demoFactory();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Factory.load(dir);
    }

    static String expected(String file) {
        try (InputStream in = IrFixtures.class.getResourceAsStream(file)) {
            if (in == null) throw new AssertionError("missing expected file " + file);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AzureIrSettings azureWestEurope() {
        return new AzureIrSettings("IR-Sales-WestEurope", "Data flows for sales", "West Europe", false,
                new AzureIrSettings.DataFlow("MemoryOptimized", 16, 30, false, null), null, null, AzureIrSettings.InteractiveAuthoring.off());
    }

    static AzureIrSettings azureManagedVnet() {
        return new AzureIrSettings("IR-Private", "", "AutoResolve", true, new AzureIrSettings.DataFlow("General", 8, 10, true, null),
                new AzureIrSettings.CopyComputeScale(32, 15), new AzureIrSettings.PipelineExternalComputeScale(60, 2, 1),
                new AzureIrSettings.InteractiveAuthoring(true, 60));
    }

    static SelfHostedIrSettings selfHosted() {
        return new SelfHostedIrSettings("SHIR-Plant", "Plant floor servers");
    }

    static LinkedSelfHostedIrSettings linked() {
        return new LinkedSelfHostedIrSettings("SHIR-Shared-HR", null,
                "/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-hr/providers/Microsoft.DataFactory/factories/hr-df/integrationruntimes/SHIR-HR");
    }

    static SsisIrSettings ssisFull() {
        String sub = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-net/providers/Microsoft.Network/";
        return new SsisIrSettings("SSIS-Full", "Every field of the wizard", "West Europe", "Standard_D8_v3", 2, 16, "Enterprise",
                SsisIrSettings.BASE_PRICE,
                new SsisIrSettings.Catalog("contoso-ssis.database.windows.net", "ssisadmin", SSIS_PASSWORD, "S3", "contoso-pair"),
                null, List.of(new SsisIrSettings.PackageStore("Packages", "LS_Blob_Landing")),
                new SsisIrSettings.CustomSetup("https://contososetup.blob.core.windows.net/ssis-setup", SAS_TOKEN),
                List.of(new SsisIrSettings.ExpressSetup("EnvironmentVariableSetup", Map.of("variableName", "STAGE", "variableValue", "prod")),
                        new SsisIrSettings.ExpressSetup("CmdkeySetup",
                                Map.of("targetName", "files.contoso.com", "userName", "svc-ssis", "password", CMDKEY_PASSWORD))),
                new SsisIrSettings.VirtualNetwork(SsisIrSettings.Injection.STANDARD, sub + "virtualNetworks/vnet-ssis", "ssis", null,
                        List.of(sub + "publicIPAddresses/ip1", sub + "publicIPAddresses/ip2")),
                new SsisIrSettings.DataProxy("SHIR-Corp", "LS_Blob_Landing", "ssis-staging"));
    }
}
