package dev.pipewright.runtime.ir;

import dev.pipewright.core.ir.IrEditor;
import dev.pipewright.core.ir.SsisIrSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Initial → Starting → Started → Stopping → Stopped with ADF's durations, edits only when stopped. */
class SsisLifecycleTest {
    @TempDir
    Path dir;

    private static SsisIrSettings withNodes(SsisIrSettings s, int nodes) {
        return new SsisIrSettings(s.name(), s.description(), s.location(), s.nodeSize(), nodes, s.maxParallelExecutionsPerNode(),
                s.edition(), s.licenseType(), s.catalog(), s.credential(), s.packageStores(), s.customSetup(), s.expressSetups(),
                s.virtualNetwork(), s.dataProxy());
    }

    @Test
    void startTakesFiveMinutesStopTwoAndEditsWaitForStopped() {
        try (Demo demo = new Demo(dir, 1.0)) {
            ManagedRuntimes rt = demo.runtimes;
            assertEquals("Initial", rt.status("SSIS-EastUS"));
            SsisIrSettings settings = (SsisIrSettings) rt.settings("SSIS-EastUS");
            assertTrue(rt.update(withNodes(settings, 2)).ok(), "editable before the first start");

            SsisLifecycle.Status starting = rt.start("SSIS-EastUS");
            assertEquals(SsisState.STARTING, starting.state());
            assertEquals(Duration.ofMinutes(5), Duration.between(starting.since(), starting.until()));
            IrEditor.Result refused = rt.update(withNodes(settings, 3));
            assertFalse(refused.ok());
            assertEquals("PW807", refused.problems().get(0).code().code());
            assertThrows(IllegalStateException.class, () -> rt.stop("SSIS-EastUS"), "stop waits for Started");

            demo.clock.advance(Duration.ofMinutes(4).plusSeconds(59));
            assertEquals("Starting", rt.status("SSIS-EastUS"));
            assertEquals(Duration.ofSeconds(1), rt.ssis().status("SSIS-EastUS").remaining(demo.clock.instant()));
            demo.clock.advance(Duration.ofSeconds(1));
            assertEquals("Started", rt.status("SSIS-EastUS"));
            assertFalse(rt.update(withNodes(settings, 3)).ok());
            assertThrows(IllegalStateException.class, () -> rt.start("SSIS-EastUS"));

            assertEquals(SsisState.STOPPING, rt.stop("SSIS-EastUS").state());
            assertFalse(rt.ssis().canEdit("SSIS-EastUS"));
            demo.clock.advance(Duration.ofMinutes(2));
            assertEquals("Stopped", rt.status("SSIS-EastUS"));
            assertTrue(rt.update(withNodes(settings, 3)).ok());
            assertEquals(3, ((SsisIrSettings) rt.settings("SSIS-EastUS")).numberOfNodes());
        }
    }

    @Test
    void statesAreKeptBetweenSessionsAndScaledForDemos() {
        try (Demo demo = new Demo(dir, 0.001)) {
            SsisLifecycle.Status s = demo.runtimes.start("SSIS-EastUS");
            assertEquals(Duration.ofMillis(300), Duration.between(s.since(), s.until()));
            demo.clock.advance(Duration.ofMillis(300));
        }
        try (Demo again = new Demo(dir.resolve("again"), 1.0)) {
            assertEquals("Initial", again.runtimes.status("SSIS-EastUS"), "another state file knows nothing");
        }
        IrStateStore state = IrStateStore.open(dir.resolve("state.db"));
        try (state) {
            TestClock later = new TestClock();
            later.advance(Duration.ofSeconds(1));
            SsisLifecycle lifecycle = new SsisLifecycle(state, ManagedRuntimes.scopeOf(dir.resolve("factory")), later, 1.0);
            assertEquals(SsisState.STARTED, lifecycle.state("SSIS-EastUS"));
        }
    }

    @Test
    void standardVirtualNetworkInjectionTakesLonger() {
        SsisIrSettings s = SsisIrSettings.defaults("SSIS-X", "East US");
        assertEquals(Duration.ofMinutes(5), SsisLifecycle.Durations.forSettings(s).start());
        SsisIrSettings inVnet = new SsisIrSettings("SSIS-X", null, "East US", "Standard_D4_v3", 1, 4, "Standard", "LicenseIncluded",
                null, null, null, null, null,
                new SsisIrSettings.VirtualNetwork(SsisIrSettings.Injection.STANDARD, "/subscriptions/x/resourceGroups/g/providers/Microsoft.Network/virtualNetworks/v",
                        "s", null, null), null);
        assertEquals(Duration.ofMinutes(25), SsisLifecycle.Durations.forSettings(inVnet).start());
    }

    @Test
    void hourlyCostScalesByCoresAndNodesAndNamesItsSource() {
        SsisCost.Estimate d8 = SsisCost.hourly("Standard_D8_v3", 1).orElseThrow();
        assertEquals(0, d8.hourly().compareTo(new java.math.BigDecimal("1.158")));
        SsisCost.Estimate twoD4 = SsisCost.hourly("standard_d4_v3", 2).orElseThrow();
        assertEquals(0, twoD4.hourly().compareTo(new java.math.BigDecimal("1.158")));
        assertEquals("US$1.16/hour (2 × Standard_D4_v3 at US$0.58)", twoD4.label());
        assertTrue(d8.source().contains("2021-09-07"));
        assertTrue(SsisCost.hourly("Standard_Z1", 1).isEmpty());
        assertTrue(SsisCost.hourly("Standard_D8_v3", 0).isEmpty());
    }
}
