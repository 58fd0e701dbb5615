package dev.pipewright.runtime.ir;

import dev.pipewright.core.ir.AzureIrSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interactive authoring is not in ADF's IR JSON; the runtime keeps it so the edit wizard shows it again. */
class InteractiveAuthoringTest {
    @TempDir
    Path dir;

    @Test
    void keptInTheStateFileNotInTheFactoryFile() throws Exception {
        try (Demo demo = new Demo(dir, 1.0)) {
            AzureIrSettings s = new AzureIrSettings("IR-Private", null, "AutoResolve", true, AzureIrSettings.DataFlow.small(), null,
                    AzureIrSettings.PipelineExternalComputeScale.defaults(), new AzureIrSettings.InteractiveAuthoring(true, 30));
            assertTrue(demo.runtimes.create(s).ok());
            dev.pipewright.core.factory.FactoryWriter.save(demo.factory);
            assertFalse(Files.readString(demo.root.resolve("integrationRuntime/IR-Private.json")).contains("nteractive"));
            assertEquals(new AzureIrSettings.InteractiveAuthoring(true, 30),
                    ((AzureIrSettings) demo.runtimes.settings("IR-Private")).interactiveAuthoring());
            assertEquals(AzureIrSettings.InteractiveAuthoring.off(),
                    ((AzureIrSettings) demo.runtimes.settings("IR-ManagedVNet")).interactiveAuthoring(), "never set: off");
        }
    }
}
