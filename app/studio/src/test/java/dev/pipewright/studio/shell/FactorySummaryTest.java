package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.TestFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FactorySummaryTest {
    @TempDir
    Path temp;

    @Test
    void countsResourcesAndLoadProblemsWithPlurals() throws Exception {
        Factory factory = Factory.load(TestFactories.small(temp, "contoso"));
        assertEquals("3 pipelines · 1 dataset · 0 data flows · 1 trigger · 1 problem", FactorySummary.of(factory));
    }

    @Test
    void pluralIsUsedForEverythingButOne() {
        assertEquals("0 problems", FactorySummary.count(0, "problem", "problems"));
        assertEquals("1 problem", FactorySummary.count(1, "problem", "problems"));
        assertEquals("2 problems", FactorySummary.count(2, "problem", "problems"));
    }
}
