package dev.pipewright.runtime.ir;

import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.runtime.secrets.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys, registration of this machine, status from heartbeats, the four-node limit. */
class SelfHostedNodesTest {
    @TempDir
    Path dir;

    @Test
    void keysAreGeneratedOnceKeptInTheSecretStoreAndRegeneratedOneAtATime() {
        try (Demo demo = new Demo(dir, 1.0)) {
            SelfHostedNodes nodes = demo.runtimes.selfHosted();
            SelfHostedNodes.AuthKeys keys = nodes.keys("SHIR-Corp");
            assertTrue(keys.key1().startsWith("IR@") && keys.key1().contains("@SHIR-Corp@"), keys.key1());
            assertNotEquals(keys.key1(), keys.key2());
            assertEquals(keys, nodes.keys("SHIR-Corp"));
            assertEquals(keys.key1(), demo.secrets.get(new SecretKey(demo.runtimes.scope(), "integrationRuntime/SHIR-Corp",
                    IrSecrets.AUTH_KEY_1)).orElseThrow());
            String fresh = nodes.regenerate("SHIR-Corp", IrSecrets.AUTH_KEY_2);
            assertEquals(new SelfHostedNodes.AuthKeys(keys.key1(), fresh), nodes.keys("SHIR-Corp"));
            assertThrows(IllegalArgumentException.class, () -> nodes.regenerate("SHIR-Corp", "authKey3"));
        }
    }

    @Test
    void thisMachineRegistersWithAKeyAndIsOnlineWhileItsRuntimeRuns() {
        try (Demo demo = new Demo(dir, 1.0)) {
            ManagedRuntimes rt = demo.runtimes;
            SelfHostedNodes nodes = rt.selfHosted();
            assertEquals("Need registration", rt.status("SHIR-Corp"));
            String oldKey = nodes.keys("SHIR-Corp").key2();
            nodes.regenerate("SHIR-Corp", IrSecrets.AUTH_KEY_2);
            IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> nodes.registerThisMachine("SHIR-Corp", oldKey));
            assertTrue(bad.getMessage().contains("regenerated"));

            SelfHostedNodes.Node node = nodes.registerThisMachine("SHIR-Corp", nodes.keys("SHIR-Corp").key2());
            assertEquals(SelfHostedNodes.localMachineName(), node.name());
            assertEquals("Online", rt.status("SHIR-Corp"));
            assertEquals(SelfHostedNodes.defaultConcurrentJobs(), nodes.concurrentJobsCapacity("SHIR-Corp"));
            nodes.setConcurrentJobs("SHIR-Corp", node.name(), 12);
            assertEquals(12, nodes.nodes("SHIR-Corp").get(0).concurrentJobs());
            assertThrows(IllegalArgumentException.class, () -> nodes.setConcurrentJobs("SHIR-Corp", node.name(), 0));

            demo.clock.advance(SelfHostedNodes.OFFLINE_AFTER);
            assertEquals("Offline", rt.status("SHIR-Corp"), "no heartbeat: the runtime is down");
            nodes.heartbeat();
            assertEquals("Online", rt.status("SHIR-Corp"));

            IllegalStateException twice = assertThrows(IllegalStateException.class,
                    () -> nodes.registerThisMachine("SHIR-Other", nodes.keys("SHIR-Other").key1()));
            assertTrue(twice.getMessage().contains("one self-hosted IR only"));
        }
    }

    @Test
    void upToFourNodesAndLimitedWhenSomeAreOffline() {
        try (Demo demo = new Demo(dir, 1.0)) {
            SelfHostedNodes nodes = demo.runtimes.selfHosted();
            String key = nodes.keys("SHIR-Corp").key1();
            nodes.registerThisMachine("SHIR-Corp", key);
            nodes.register("SHIR-Corp", key, "vm-corp-2", "vm-corp-2");
            assertEquals("Limited", demo.runtimes.status("SHIR-Corp"), "the other machine's runtime is not running here");
            nodes.register("SHIR-Corp", key, "vm-corp-3", "vm-corp-3");
            nodes.register("SHIR-Corp", key, "vm-corp-4", "vm-corp-4");
            assertThrows(IllegalStateException.class, () -> nodes.register("SHIR-Corp", key, "vm-corp-5", "vm-corp-5"));
            assertThrows(IllegalStateException.class, () -> nodes.register("SHIR-Corp", key, "VM-CORP-2", "x"));
            assertTrue(nodes.unregister("SHIR-Corp", "vm-corp-4"));
            assertEquals(3, nodes.nodes("SHIR-Corp").size());
            demo.clock.advance(Duration.ofMinutes(5));
            assertEquals("Offline", demo.runtimes.status("SHIR-Corp"));
        }
    }
}
