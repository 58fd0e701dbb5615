package dev.pipewright.core.ir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every IR file of the shared corpus (real files ADF wrote, in every kind) is read into wizard settings and
 * written again from scratch: the bytes equal the corpus file's ADF form. Writing the same settings over the
 * file's own tree changes nothing.
 */
class IrJsonCorpusTest {

    private static List<Resource> corpusRuntimes() {
        List<Resource> all = new ArrayList<>();
        for (Path root : Corpus.roots()) {
            if (!Files.isDirectory(root.resolve("integrationRuntime"))) continue;
            all.addAll(Factory.load(root).resources(ResourceKind.INTEGRATION_RUNTIME));
        }
        return all;
    }

    @Test
    void everyCorpusRuntimeIsWrittenByteForByteFromItsSettings() {
        List<Resource> runtimes = corpusRuntimes();
        Map<IntegrationRuntime.Kind, Integer> perKind = new EnumMap<>(IntegrationRuntime.Kind.class);
        List<String> different = new ArrayList<>();
        for (Resource r : runtimes) {
            IntegrationRuntime ir = new IntegrationRuntime(r);
            perKind.merge(ir.kind(), 1, Integer::sum);
            IrSettings settings = IrSettingsReader.read(ir);
            String written = AdfJsonWriter.pretty(IrJson.create(settings));
            String adf = new String(r.canonicalBytes(), StandardCharsets.UTF_8);
            if (!written.equals(adf)) different.add(r.path() + "\n" + written);
        }
        assertTrue(different.isEmpty(), "written differently: " + different);
        assertEquals(41, runtimes.size());
        assertEquals(4, perKind.size(), "all four kinds are in the corpus: " + perKind);
        assertEquals(2, perKind.get(IntegrationRuntime.Kind.AZURE_SSIS));
        assertEquals(3, perKind.get(IntegrationRuntime.Kind.LINKED_SELF_HOSTED));
    }

    @Test
    void applyingUnchangedSettingsOverTheFileChangesNothing() {
        for (Resource r : corpusRuntimes()) {
            ObjectNode copy = r.json().deepCopy();
            IrJson.apply(IrSettingsReader.read(new IntegrationRuntime(r)), copy);
            assertEquals(new String(r.canonicalBytes(), StandardCharsets.UTF_8), AdfJsonWriter.pretty(copy), r.path());
        }
    }

    @Test
    void theSsisPasswordStaysMaskedAndIsNeverReadAsAValue() {
        Factory f = Factory.load(Corpus.root().resolve("kotarokawasaki__azuredatafactory"));
        SsisIrSettings s = (SsisIrSettings) IrSettingsReader.read(new IntegrationRuntime(
                f.get(ResourceKind.INTEGRATION_RUNTIME, "SSISIR").orElseThrow()));
        assertEquals(null, s.catalog().adminPassword());
        assertTrue(s.secrets().isEmpty());
        assertEquals("S1", s.catalog().pricingTier());
        assertEquals(2, s.numberOfNodes());
        assertEquals(SsisIrSettings.Injection.STANDARD, s.virtualNetwork().injection());
        assertEquals("default", s.virtualNetwork().subnet());
    }
}
