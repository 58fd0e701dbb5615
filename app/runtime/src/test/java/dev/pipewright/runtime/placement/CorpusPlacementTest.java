package dev.pipewright.runtime.placement;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine on every root of the shared corpus of real factories, with the default profile. */
class CorpusPlacementTest {

    static List<Path> corpusRoots() throws Exception {
        Path corpus = Path.of(System.getProperty("pipewright.corpus", "../../../shared/corpus"));
        assertTrue(Files.isDirectory(corpus), "shared corpus missing at " + corpus.toAbsolutePath() + " (system property pipewright.corpus)");
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void everyActivityOfEveryCorpusFactoryIsPlacedWithAReason() throws Exception {
        List<Path> roots = corpusRoots();
        assertEquals(19, roots.size(), "corpus folders (INVENTORY.md)");
        int placed = 0;
        for (Path root : roots) {
            Factory factory = Factory.load(root);
            List<Placement> placements = PlacementEngine.of(factory, EnvironmentProfile.defaults()).resolveAll();
            int activities = Pipeline.all(factory).stream().mapToInt(p -> p.allActivities().size()).sum();
            assertEquals(activities, placements.size(), root.toString());
            for (Placement p : placements) {
                assertNotNull(p.kind(), p.path());
                assertFalse(p.reasons().isEmpty(), p.path());
                assertFalse(p.display().isEmpty(), p.path());
            }
            placed += placements.size();
        }
        assertEquals(4773, placed, "activities in the corpus, nested included (INVENTORY.md, activities by type)");
    }

    @Test
    void anAutoResolveRuntimeInAManagedVnetIsFollowed() throws Exception {
        Path root = corpusRoots().stream().filter(p -> p.getFileName().toString().startsWith("KV-APAC-DNA")).findFirst().orElseThrow();
        PlacementEngine engine = PlacementEngine.of(Factory.load(root), EnvironmentProfile.defaults());
        assertEquals("Southeast Asia", engine.factory().region().displayName(), "from the factory file's \"southeastasia\"");
        List<Placement> onAuto = engine.resolveAll().stream()
                .filter(p -> "AutoResolveIntegrationRuntime".equals(p.integrationRuntime())).toList();
        assertFalse(onAuto.isEmpty());
        assertTrue(onAuto.stream().allMatch(p -> p.kind() == PlacementKind.MANAGED_VNET && "Southeast Asia".equals(p.region())));
    }
}
